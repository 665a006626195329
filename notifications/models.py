"""What residents follow, how often they want email, and the outbox.

A `Follow` points at a proposal or at a plan page (objective, action,
committee); a page follow names one row of the page, the one in the default
language when there is one, and matches every translation through the page's
`translation_key`. Each event writes one `Notification` per recipient (the
outbox); its `frequency` is the recipient's choice for its kind when it was
written, and `sent_at` is set in the transaction that sends it.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    REPLIES = "replies", _("Replies to my comments and comments on my proposals")
    STATUS = "status", _("Status changes of my proposals and of what I follow")
    NEWS = "news", _("News of what I follow")


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("At once, one email each time")
    DAILY = "daily", _("One summary a day")
    WEEKLY = "weekly", _("One summary a week")
    OFF = "off", _("Never")


# Nothing changes for people who never choose: replies and status changes come
# at once, as they always did; news of what one follows comes once a day.
DEFAULT_FREQUENCIES = {
    Kind.REPLIES: Frequency.IMMEDIATE,
    Kind.STATUS: Frequency.IMMEDIATE,
    Kind.NEWS: Frequency.DAILY,
}


class Event(models.TextChoices):
    REPLY = "reply", _("Reply to a comment")
    COMMENT = "comment", _("Comment on a proposal")
    PROPOSAL = "proposal", _("Proposal status")
    ACTION_UPDATE = "action_update", _("Action update")
    PAGE_CHANGE = "page_change", _("Page change")


class Follow(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    proposal = models.ForeignKey(
        "participation.Proposal",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(proposal__isnull=True, page__isnull=False)
                | models.Q(proposal__isnull=False, page__isnull=True),
                name="follow_names_one_thing",
            ),
            models.UniqueConstraint(
                fields=["user", "proposal"], name="follow_a_proposal_once"
            ),
            models.UniqueConstraint(fields=["user", "page"], name="follow_a_page_once"),
        ]

    def __str__(self):
        return f"{self.user_id} → {self.proposal or self.page}"


class Preference(models.Model):
    """How often one person wants the emails of one kind (no row: the default)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    frequency = models.CharField(max_length=20, choices=Frequency.choices)

    class Meta:
        verbose_name = _("email preference")
        verbose_name_plural = _("email preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"], name="one_preference_per_kind"
            )
        ]


class Notification(models.Model):
    """One event for one recipient: sent alone, or in the next digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    event = models.CharField(max_length=20, choices=Event.choices)
    frequency = models.CharField(max_length=20, choices=Frequency.choices)
    proposal = models.ForeignKey(
        "participation.Proposal",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    comment = models.ForeignKey(
        "participation.Comment",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    action_update = models.ForeignKey(
        "climate_plan.ActionUpdate",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # What the sentence needs that may change later (the proposal's event,
    # the action's new status).
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["frequency", "created_at"],
                condition=models.Q(sent_at__isnull=True),
                name="notification_unsent",
            ),
            models.Index(fields=["user", "frequency", "sent_at"]),
        ]

    def __str__(self):
        return f"{self.event} → {self.user_id} ({self.frequency})"
