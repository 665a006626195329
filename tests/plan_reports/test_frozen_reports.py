"""A frozen report keeps the plan as it stood: nothing can change it afterwards."""

import datetime

import pytest
from django.db import DatabaseError, connection, transaction

from climate_plan.models import ActionPage, ActionStatus
from plan_reports.models import FrozenReportError, PlanReport, ReportedAction
from plan_reports.queries import report_indicators, report_rows
from plan_reports.services import CannotFreeze, freeze_report
from tests.factories.plan import indicator, update

TODAY = datetime.date(2025, 3, 1)


def freeze(as_of=TODAY, slug="avant-2025"):
    return freeze_report(
        title="Avant la conférence 2025", slug=slug, as_of=as_of, today=TODAY
    )


def first_action():
    return ActionPage.objects.order_by("path").first()


def test_a_report_copies_every_action_with_its_status_and_progress(themes):
    action = first_action()
    ActionPage.objects.filter(pk=action.pk).update(
        status=ActionStatus.IN_PROGRESS, progress=55
    )
    rows = report_rows(freeze())
    assert len(rows) == 6
    assert (rows[0].action, rows[0].status, rows[0].progress) == (
        "Action 1.1.1",
        "in_progress",
        55,
    )
    assert rows[0].theme == "Mobilités"
    assert rows[0].objective == "Objectif 1.1"


def test_later_changes_to_the_actions_leave_the_report_as_it_was(themes):
    report = freeze()
    action = first_action()
    action.title = "Renamed"
    action.status = ActionStatus.DONE
    action.progress = 100
    action.save_revision().publish()
    action.get_parent().get_children().last().delete()
    row = report_rows(PlanReport.objects.get(pk=report.pk))[0]
    assert (row.action, row.status, row.progress) == ("Action 1.1.1", "planned", 40)
    assert len(report_rows(report)) == 6


def test_a_past_date_reads_the_updates_dated_by_then(themes):
    action = first_action()
    update(action, "2023-01-10", status="in_progress", progress=20)
    update(action, "2024-06-01", status="done", progress=100)
    rows = report_rows(freeze(as_of=datetime.date(2023, 6, 1)))
    assert (rows[0].status, rows[0].progress) == ("in_progress", 20)
    assert (rows[1].status, rows[1].progress) == ("planned", 0)


def test_indicators_give_their_latest_value_up_to_the_report_year(themes):
    indicator({2019: 90, 2022: 80, 2024: 70})
    (row,) = report_indicators(freeze(as_of=datetime.date(2023, 6, 1)))
    assert (row.year, row.value) == (2022, 80.0)


def test_the_model_refuses_to_change_or_delete_a_frozen_report(themes):
    report = freeze()
    report.title = "Autre"
    with pytest.raises(FrozenReportError):
        report.save()
    with pytest.raises(FrozenReportError):
        report.delete()
    row = report.actions.first()
    row.progress = 99
    with pytest.raises(FrozenReportError):
        row.save()
    with pytest.raises(FrozenReportError):
        ReportedAction.objects.filter(report=report).update(progress=99)
    with pytest.raises(FrozenReportError):
        PlanReport.objects.all().delete()
    assert PlanReport.objects.get().title == "Avant la conférence 2025"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL trigger")
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE plan_reports_reportedaction SET progress = 99",
        "DELETE FROM plan_reports_reportedaction",
        "UPDATE plan_reports_planreport SET as_of = '2020-01-01'",
        "DELETE FROM plan_reports_reportedindicator",
    ],
)
def test_the_database_refuses_to_change_a_frozen_report(themes, sql):
    indicator({2019: 90})
    report = freeze()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as c:
        c.execute(sql)
    assert report.actions.filter(progress=99).count() == 0
    assert report.indicators.count() == 1


@pytest.mark.parametrize(
    "as_of, slug",
    [(datetime.date(2025, 3, 2), "demain"), (TODAY, "avant-2025")],
)
def test_a_future_date_or_a_taken_slug_is_refused(themes, as_of, slug):
    freeze()
    with pytest.raises(CannotFreeze):
        freeze(as_of=as_of, slug=slug)
    assert PlanReport.objects.count() == 1
