from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class ResidentManager(UserManager):
    """Accounts are identified by email; there is no separate username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A resident or a member of staff.

    The email is private; residents appear publicly under `display_name`.
    """

    username = None
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("public pseudonym"),
        max_length=60,
        blank=True,
        help_text=_("Shown beside your contributions. Your email is never shown."),
    )
    neighbourhood = models.ForeignKey(
        "climate_plan.Neighbourhood",
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=12, blank=True
    )
    blocked_until = models.DateTimeField(
        _("blocked until"),
        null=True,
        blank=True,
        help_text=_("Empty: not blocked. A date far ahead blocks for good."),
    )
    blocked_reason = models.TextField(_("reason for the block"), blank=True)
    notify_on_proposal_update = models.BooleanField(
        _("email me when one of my proposals changes status"), default=True
    )
    notify_on_reply = models.BooleanField(
        _("email me when someone replies to my comment"), default=True
    )
    notify_on_comment = models.BooleanField(
        _("email me when someone comments on my proposal"), default=True
    )
    deleted_at = models.DateTimeField(
        _("deleted on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Set when the person deleted their account; the row stays, anonymised."
        ),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = ResidentManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [("block_user", _("Can block and unblock accounts"))]

    def __str__(self):
        return str(self.public_name)

    @property
    def is_deleted(self):
        """True once the person deleted their account (the row is a tombstone)."""
        return self.deleted_at is not None

    @property
    def public_name(self):
        """The name shown beside contributions; never the email."""
        if self.is_deleted:
            return _("Deleted participant")
        return self.display_name or _("Participant")
