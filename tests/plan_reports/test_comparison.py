"""What moved between two reports: done since, started since, late, progress."""

import datetime

import pytest

from climate_plan.models import ActionPage, ActionStatus
from plan_reports.comparison import compare
from plan_reports.services import freeze_report

TODAY = datetime.date(2025, 12, 1)


def set_actions(*states):
    """Give the six actions (in the plan's order) these (status, progress, end)."""
    for action, state in zip(ActionPage.objects.order_by("path"), states, strict=True):
        status, progress, *end = state
        ActionPage.objects.filter(pk=action.pk).update(
            status=status, progress=progress, end_date=end[0] if end else None
        )


def freeze(slug, as_of):
    return freeze_report(title=slug, slug=slug, as_of=as_of, today=as_of)


P, R, D, L, A = (
    ActionStatus.PLANNED,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.DELAYED,
    ActionStatus.ABANDONED,
)


@pytest.fixture
def two_reports(themes):
    set_actions(
        (P, 0), (P, 0), (R, 40), (R, 50, datetime.date(2023, 1, 1)), (L, 10), (P, 0)
    )
    before = freeze("avant-2023", datetime.date(2023, 11, 1))
    set_actions(
        (R, 20), (P, 0), (D, 100), (R, 60, datetime.date(2023, 1, 1)), (L, 30), (A, 0)
    )
    after = freeze("avant-2025", datetime.date(2025, 11, 1))
    return before, after


def titles(rows):
    return [row.action for row in rows]


def test_the_comparison_names_what_was_done_started_abandoned_since(two_reports):
    result = compare(*two_reports)
    assert titles(result.done_since) == ["Action 2.1.1"]
    assert titles(result.started_since) == ["Action 1.1.1"]
    assert titles(result.abandoned_since) == ["Action 3.2.1"]


def test_late_actions_say_whether_they_were_already_late(two_reports):
    result = compare(*two_reports)
    late = {item.row.action: item.already_late for item in result.late}
    # 2.2.1 is past its end date, 3.1.1 delayed: both were already late in 2023.
    assert late == {"Action 2.2.1": True, "Action 3.1.1": True}
    assert result.newly_late == []


def test_progress_moves_by_the_roll_up_rule(two_reports):
    before, after = two_reports
    result = compare(after, before)  # either order: the earlier one comes first
    assert result.before == before
    # 2023: themes (0+0)/2, (40+50)/2, (10+0)/2 → mean 0, 45, 5 = 16.67
    # 2025: (20+0)/2, (100+60)/2, (30+abandoned→none)/2 → 10, 80, 15 = 35
    assert before.plan_progress == pytest.approx(50 / 3)
    assert after.plan_progress == pytest.approx(35)
    assert result.progress_change == pytest.approx(35 - 50 / 3)
    assert [(t, round(b), round(a)) for t, b, a in result.themes] == [
        ("Mobilités", 0, 10),
        ("Énergie et bâtiments", 45, 80),
        ("Nature en ville", 5, 15),
    ]


def test_status_counts_before_and_after(two_reports):
    counts = {status: (a, b) for status, _, a, b in compare(*two_reports).status_counts}
    assert counts == {
        "planned": (3, 1),
        "in_progress": (2, 2),
        "done": (0, 1),
        "delayed": (1, 1),
        "abandoned": (0, 1),
    }
