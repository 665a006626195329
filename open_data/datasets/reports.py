"""Frozen reports of the plan as open data: the plan as it stood on a date.

Reports are public as soon as they are frozen (their pages list them all),
and never change. Rows come in one query per batch of reports
(`ReportedAction`, `ReportedIndicator`), read as `plan_reports.queries`
reads them for the report pages.
"""

from collections import defaultdict

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from climate_plan.models import ActionStatus
from open_data.datasets.base import Dataset, Field, attr, iso, number
from plan_reports.models import (
    PlanReport,
    ReportedAction,
    ReportedIndicator,
    translated,
)

ACTION_COLUMNS = [
    "action_key",
    "objective_key",
    "theme_key",
    "theme",
    "objective",
    "action",
    "status",
    "status_label",
    "progress",
    "counted_progress",
    "expected_reduction_tco2e",
    "end_date",
]


def reported_action(row, language):
    return {
        "action_key": str(row.action_key),
        "objective_key": str(row.objective_key),
        "theme_key": str(row.theme_key),
        "theme": translated(row.theme_titles, language),
        "objective": translated(row.objective_titles, language),
        "action": translated(row.action_titles, language),
        "status": row.status,
        "status_label": str(ActionStatus(row.status).label),
        "progress": row.progress,
        "counted_progress": row.counted_progress,
        "expected_reduction_tco2e": number(row.expected_reduction),
        "end_date": iso(row.end_date),
    }


def reported_indicator(row, language):
    return {
        "indicator_key": str(row.indicator_key),
        "name": translated(row.names, language),
        "unit": translated(row.units, language),
        "direction": row.direction,
        "baseline_year": row.baseline_year,
        "baseline_value": number(row.baseline_value),
        "target_year": row.target_year,
        "target_value": number(row.target_value),
        "year": row.year,
        "value": number(row.value),
    }


def grouped(model, reports, convert):
    language = get_language()
    rows = defaultdict(list)
    for row in model.objects.filter(report__in=reports).order_by("report", "position"):
        rows[row.report_id].append(convert(row, language))
    return rows


class Reports(Dataset):
    slug = "reports"
    title = _("Reports")
    description = _(
        "The plan's frozen reports: each action's status and progress and each "
        "indicator's latest value as they stood on the report's date, never "
        "changed since."
    )

    def queryset(self):
        return PlanReport.objects.order_by("pk")

    def context(self, items, request):
        return {
            "request": request,
            "actions": grouped(ReportedAction, items, reported_action),
            "indicators": grouped(ReportedIndicator, items, reported_indicator),
        }

    fields = [
        Field("id", _("The report's number."), attr("pk")),
        Field("slug", _("Its short name, in its address."), attr("slug")),
        Field("title", _("Its title."), attr("title")),
        Field("language", _("The language of its title."), attr("language")),
        Field("as_of", _("The date the plan is shown at."), lambda r, c: iso(r.as_of)),
        Field("frozen_at", _("When it was frozen."), lambda r, c: iso(r.frozen_at)),
        Field(
            "plan_progress",
            _("The plan's progress on that date (%)."),
            attr("plan_progress"),
        ),
        Field(
            "url",
            _("Its page on the site."),
            lambda r, c: c["request"].build_absolute_uri(
                reverse("plan_reports:detail", args=[r.slug])
            ),
        ),
        Field(
            "actions",
            _(
                "Each action on that date: its keys (translation keys, as in "
                "Wagtail's API), titles, status, progress, what it counted, expected "
                "reduction and end date."
            ),
            lambda r, c: c["actions"].get(r.pk, []),
        ),
        Field(
            "indicators",
            _(
                "Each indicator on that date: its key, name, unit, baseline, target "
                "and latest value by then."
            ),
            lambda r, c: c["indicators"].get(r.pk, []),
        ),
    ]

    # In CSV, one line per action of each report.
    headings = ["report_id", "as_of", *ACTION_COLUMNS]

    def table(self, request):
        yield self.headings
        for report in self.rows(self.queryset(), request):
            for action in report["actions"]:
                yield [report["id"], report["as_of"], *action.values()]


REPORTS = Reports()
