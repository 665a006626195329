from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.identity import pseudonym_skeleton


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
    pseudonym_key = models.CharField(
        _("pseudonym key"),
        max_length=200,
        blank=True,
        editable=False,
        help_text=_(
            "The pseudonym as a reader sees it (accounts.identity."
            "pseudonym_skeleton): one account per key."
        ),
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

    person_key = models.CharField(
        _("person key"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_(
            "A keyed hash of the first verified mailbox: the account votes under "
            "it. Set once, never changed by later email changes."
        ),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = ResidentManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [("block_user", _("Can block and unblock accounts"))]
        constraints = [
            # Look-alike pseudonyms ("Nour", "ＮOUR", "N0ur") share a key.
            models.UniqueConstraint(
                fields=["pseudonym_key"],
                condition=~models.Q(pseudonym_key=""),
                name="one_account_per_pseudonym",
            )
        ]

    def __str__(self):
        return str(self.public_name)

    def save(self, *args, **kwargs):
        self.pseudonym_key = pseudonym_skeleton(self.display_name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "display_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "pseudonym_key"}
        # The person key is written by accounts.services.claim_mailbox alone;
        # an instance loaded before it was set must not erase it by saving.
        if (
            not self._state.adding
            and not self.person_key
            and not self.is_deleted
            and kwargs.get("update_fields") is None
        ):
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "person_key"
            ]
        super().save(*args, **kwargs)

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


class MailboxClaim(models.Model):
    """A mailbox some account once verified, and the person it belongs to.

    `mailbox_key` is the keyed hash of the normalised mailbox
    (accounts.identity.mailbox_key), never the address. The first account to
    verify a mailbox claims it for its person key; any later account verifying
    the same mailbox, or a spelling of it, inherits that key. Claims name no
    account and are never deleted, not even with the account: that is what
    keeps a person from voting again by deleting their account and signing up
    anew.
    """

    mailbox_key = models.CharField(max_length=64, unique=True)
    person_key = models.CharField(max_length=64)
    claimed_on = models.DateField(default=timezone.localdate)

    class Meta:
        verbose_name = _("mailbox claim")
        verbose_name_plural = _("mailbox claims")
