"""Reads of the frozen reports, shared by the pages, the blocks and the open data.

`report_rows(report)` is the one way to read a report's actions: plain values,
the titles in the visitor's language (French when a title was not translated
when the report was frozen).
"""

from dataclasses import asdict, dataclass
from datetime import date

from climate_plan.models import ActionStatus
from plan_reports.models import PlanReport, translated


@dataclass(frozen=True)
class ReportRow:
    action_key: str
    objective_key: str
    theme_key: str
    theme: str
    objective: str
    action: str
    status: str
    status_label: str
    progress: int
    counted_progress: float | None  # None: abandoned, left out of the roll-up
    expected_reduction: float | None  # tCO2e a year
    end_date: date | None

    def as_dict(self):
        return asdict(self)


@dataclass(frozen=True)
class IndicatorRow:
    indicator_key: str
    name: str
    unit: str
    direction: str
    baseline_year: int
    baseline_value: float
    target_year: int
    target_value: float
    year: int | None
    value: float | None

    def as_dict(self):
        return asdict(self)


def frozen_reports():
    """Every report, the latest first."""
    return PlanReport.objects.order_by("-as_of", "-pk")


def report_rows(report, language=None):
    """[ReportRow] for every action of `report`, in the plan's order (one query)."""
    return [
        ReportRow(
            action_key=str(row.action_key),
            objective_key=str(row.objective_key),
            theme_key=str(row.theme_key),
            theme=translated(row.theme_titles, language),
            objective=translated(row.objective_titles, language),
            action=translated(row.action_titles, language),
            status=row.status,
            status_label=str(ActionStatus(row.status).label),
            progress=row.progress,
            counted_progress=row.counted_progress,
            expected_reduction=(
                float(row.expected_reduction)
                if row.expected_reduction is not None
                else None
            ),
            end_date=row.end_date,
        )
        for row in report.actions.order_by("position")
    ]


def report_indicators(report, language=None):
    """[IndicatorRow] for every indicator of `report` (one query)."""
    return [
        IndicatorRow(
            indicator_key=str(row.indicator_key),
            name=translated(row.names, language),
            unit=translated(row.units, language),
            direction=row.direction,
            baseline_year=row.baseline_year,
            baseline_value=float(row.baseline_value),
            target_year=row.target_year,
            target_value=float(row.target_value),
            year=row.year,
            value=float(row.value) if row.value is not None else None,
        )
        for row in report.indicators.order_by("position")
    ]
