"""Frozen reports: the plan as it stood on a date, kept exactly as it was.

A report is written once, by `services.freeze_report`, with one row per action
and per indicator; it copies every figure and every title (in each language)
instead of pointing at the pages, so later edits, moves or deletions of the
plan cannot change it. Nothing here is ever updated or deleted: the models
refuse, and on PostgreSQL a trigger makes the database refuse too (migration
0001).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from climate_plan.models import ActionStatus, Direction


class FrozenReportError(Exception):
    """Raised on any attempt to change or delete a frozen report."""


class FrozenQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise FrozenReportError(_("A frozen report cannot be changed."))

    def delete(self):
        raise FrozenReportError(_("A frozen report cannot be deleted."))


class FrozenModel(models.Model):
    """Rows that can be inserted, never changed nor deleted."""

    objects = FrozenQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise FrozenReportError(_("A frozen report cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise FrozenReportError(_("A frozen report cannot be deleted."))


def translated(values, language=None):
    """The text of a {language: text} mapping in `language`, else French."""
    language = (language or get_language() or "fr").split("-")[0]
    return values.get(language) or values.get(settings.LANGUAGE_CODE) or ""


class PlanReport(FrozenModel):
    """The plan on `as_of`: every action's status and progress, every indicator."""

    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("For example: Before the 2025 conference."),
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    as_of = models.DateField(
        _("state of the plan on"),
        help_text=_(
            "Today: the actions' current status and progress. A past date: the "
            "status and progress given by the updates dated on or before it."
        ),
    )
    language = models.CharField(
        _("language of the title"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        editable=False,
    )
    frozen_at = models.DateTimeField(_("frozen at"), editable=False)
    plan_progress = models.FloatField(_("plan progress (%)"), null=True, editable=False)

    class Meta:
        ordering = ["-as_of", "-pk"]
        verbose_name = _("frozen report")
        verbose_name_plural = _("frozen reports")

    def __str__(self):
        return self.title


class ReportedAction(FrozenModel):
    """One action as it stood in a report."""

    report = models.ForeignKey(
        PlanReport, on_delete=models.CASCADE, related_name="actions"
    )
    position = models.PositiveIntegerField()
    action_key = models.UUIDField(help_text="The action's translation key.")
    objective_key = models.UUIDField()
    theme_key = models.UUIDField()
    # {language code: title}, copied from the pages in every language.
    action_titles = models.JSONField()
    objective_titles = models.JSONField()
    theme_titles = models.JSONField()
    status = models.CharField(max_length=20, choices=ActionStatus.choices)
    progress = models.PositiveSmallIntegerField()
    # What the action counted in the roll-up (None: abandoned).
    counted_progress = models.FloatField(null=True)
    expected_reduction = models.DecimalField(max_digits=10, decimal_places=1, null=True)
    end_date = models.DateField(null=True)

    class Meta:
        ordering = ["report", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "action_key"], name="one_row_per_action_and_report"
            )
        ]

    def __str__(self):
        return translated(self.action_titles)


class ReportedIndicator(FrozenModel):
    """One indicator as it stood in a report: its latest value by then."""

    report = models.ForeignKey(
        PlanReport, on_delete=models.CASCADE, related_name="indicators"
    )
    position = models.PositiveIntegerField()
    indicator_key = models.UUIDField()
    names = models.JSONField()
    units = models.JSONField()
    direction = models.CharField(max_length=10, choices=Direction.choices)
    baseline_year = models.PositiveSmallIntegerField()
    baseline_value = models.DecimalField(max_digits=12, decimal_places=2)
    target_year = models.PositiveSmallIntegerField()
    target_value = models.DecimalField(max_digits=12, decimal_places=2)
    year = models.PositiveSmallIntegerField(null=True)
    value = models.DecimalField(max_digits=12, decimal_places=2, null=True)

    class Meta:
        ordering = ["report", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "indicator_key"],
                name="one_row_per_indicator_and_report",
            )
        ]

    def __str__(self):
        return translated(self.names)
