"""What moderation shares across features: hiding any reportable content,
and residents' reports, which point at any moderated content (a comment, a
proposal) through a generic relation."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_REPORT_DETAILS_LENGTH = 500


class ModeratedContent(models.Model):
    """What moderation needs on any reportable content: whether, when and why
    it is hidden. Comments (and proposals) inherit it."""

    hidden_at = models.DateTimeField(
        _("hidden by moderation on"), null=True, blank=True
    )
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)

    class Meta:
        abstract = True

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def hidden_reason_display(self):
        """Why it is hidden, in the reader's language."""
        if self.hidden_reason in ("", "reports", "moderation"):
            if self.hidden_reason == "reports":
                return _(
                    "Several residents reported it. A moderator will review it and "
                    "may show it again."
                )
            return _("It does not follow the participation charter.")
        return self.hidden_reason


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    OFFENSIVE = "offensive", _("Offensive, hateful or abusive")
    OFF_TOPIC = "off_topic", _("Off-topic")
    OTHER = "other", _("Other")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DISMISSED = "dismissed", _("Dismissed")
    CLEARED = "cleared", _("Cleared on restore")


class Report(models.Model):
    """One person's report of one piece of content. A person reports a given
    item once (the database holds it)."""

    target_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(
        _("details"), max_length=MAX_REPORT_DETAILS_LENGTH, blank=True
    )
    language = models.CharField(_("language"), max_length=12, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReportStatus.choices,
        default=ReportStatus.OPEN,
    )
    created_at = models.DateTimeField(_("reported on"), auto_now_add=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id", "reporter"],
                name="one_report_per_person",
            )
        ]
        indexes = [models.Index(fields=["status", "target_type", "target_id"])]
        permissions = [("moderate_reports", _("Can moderate comments and reports"))]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.target_type} {self.target_id})"
