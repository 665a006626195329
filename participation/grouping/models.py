"""Grouping suggestions: a run clusters a call's proposals into candidate
objectives, which staff then accept, split, merge, rename or reject.

A suggestion only proposes: nothing links a proposal to an objective until a
person accepts it (`services.accept`), and even then the objective it creates
is a draft.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class GroupingRun(models.Model):
    """One clustering of a call's proposals, with what it was asked to do."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for the worker")
        RUNNING = "running", _("Looking for groups")
        DONE = "done", _("Suggestions ready")
        FAILED = "failed", _("Stopped on an unexpected error")

    FINISHED = {Status.DONE, Status.FAILED}

    call = models.ForeignKey(
        "participation.ProposalCall",
        verbose_name=_("call for proposals"),
        on_delete=models.CASCADE,
        related_name="grouping_runs",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("run by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("run at"), default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=12, default="fr")
    # {"clusters": requested number or null, "include_grouped": bool}
    parameters = models.JSONField(_("parameters"), default=dict)
    # {"proposals": n, "clusters": k, "silhouette": s}
    outcome = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.WAITING
    )
    steps_done = models.PositiveIntegerField(default=0)
    steps_total = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("grouping suggestion run")
        verbose_name_plural = _("grouping suggestion runs")
        permissions = [
            ("group_proposals", _("Can group proposals into objectives")),
        ]

    def __str__(self):
        return f"{self.call} — {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_finished(self):
        return self.status in self.FINISHED

    def progress_state(self):
        """What the run's page and its JSON status show while it runs."""
        total = max(self.steps_total, 1)
        return {
            "status": self.status,
            "label": str(self.get_status_display()),
            "finished": self.is_finished,
            "value": total if self.status == self.Status.DONE else self.steps_done,
            "max": total,
        }


class GroupingSuggestion(models.Model):
    """A candidate objective: its proposals and the words that characterise them."""

    class State(models.TextChoices):
        OPEN = "open", _("To review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    run = models.ForeignKey(
        GroupingRun, on_delete=models.CASCADE, related_name="suggestions"
    )
    position = models.PositiveIntegerField(default=0)
    label = models.CharField(_("name"), max_length=150)
    terms = models.JSONField(_("characteristic words"), default=list, blank=True)
    proposals = models.ManyToManyField(
        "participation.Proposal", related_name="grouping_suggestions"
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The theme most of its proposals are in."),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.OPEN
    )
    objective = models.ForeignKey(
        "climate_plan.ObjectivePage",
        verbose_name=_("objective"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["run", "position", "pk"]
        verbose_name = _("grouping suggestion")
        verbose_name_plural = _("grouping suggestions")

    def __str__(self):
        return self.label
