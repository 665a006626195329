"""The roll-up rule: action → objective → theme → plan (see climate_plan.progress)."""

import datetime
from decimal import Decimal

import pytest

from climate_plan import progress
from climate_plan.models import ActionStatus
from tests.factories.plan import ObjectivePageFactory, ThemePageFactory, update


@pytest.mark.parametrize(
    ("status", "percent", "counted"),
    [
        (ActionStatus.PLANNED, 0, 0.0),
        (ActionStatus.IN_PROGRESS, 40, 40.0),
        (ActionStatus.DELAYED, 25, 25.0),
        (ActionStatus.DONE, 60, 100.0),  # done counts in full whatever the field says
        (ActionStatus.ABANDONED, 80, None),  # left out entirely
        (ActionStatus.IN_PROGRESS, 150, 100.0),  # clamped
    ],
)
def test_an_action_counts_its_percentage_done_in_full_abandoned_not_at_all(
    status, percent, counted
):
    assert progress.action_progress(status, percent) == counted


def test_objective_is_the_mean_of_its_counted_actions():
    assert progress.objective_progress([100.0, 50.0, None]) == 75.0


def test_objective_without_counted_action_is_not_started():
    assert progress.objective_progress([]) is None
    assert progress.objective_progress([None, None]) is None


def test_a_not_started_child_counts_zero_in_its_parent():
    assert progress.parent_progress([None, 80.0]) == 40.0


def test_a_parent_without_children_is_not_started():
    assert progress.parent_progress([]) is None


@pytest.mark.django_db
def test_plan_rolls_up_objectives_equally_whatever_their_action_count(
    plan, theme, objective, make_action
):
    make_action(status=ActionStatus.DONE)
    make_action(status=ActionStatus.IN_PROGRESS, progress=50)
    make_action(status=ActionStatus.ABANDONED, progress=90)
    second = ObjectivePageFactory(parent=theme, title="Bus", slug="bus")
    make_action(parent=second, status=ActionStatus.PLANNED, progress=0)
    ObjectivePageFactory(parent=theme, title="Vide", slug="vide")  # not started
    empty_theme = ThemePageFactory(parent=plan, title="Énergie", slug="energie")

    tree = progress.plan_progress(plan)

    mobility = tree.themes[0]
    assert [o.progress for o in mobility.objectives] == [75.0, 0.0, None]
    assert mobility.progress == pytest.approx(25.0)
    assert tree.themes[1].page.pk == empty_theme.pk
    assert tree.themes[1].progress is None
    assert tree.progress == pytest.approx(12.5)


@pytest.mark.django_db
def test_draft_actions_do_not_count(plan, objective, make_action):
    make_action(status=ActionStatus.DONE)
    make_action(status=ActionStatus.PLANNED, live=False)
    assert progress.plan_progress(plan).progress == 100.0


@pytest.mark.django_db
def test_stock_take_uses_the_last_update_dated_on_or_before_the_date(
    plan, objective, make_action
):
    first = make_action(status=ActionStatus.DONE, progress=100)
    second = make_action(status=ActionStatus.IN_PROGRESS, progress=80)
    update(first, "2022-01-10", status=ActionStatus.IN_PROGRESS, progress=30)
    update(first, "2023-06-01", progress=60)  # keeps the status
    update(
        first, "2024-01-01", status=ActionStatus.DONE, progress=100
    )  # after the date
    update(second, "2024-02-01", status=ActionStatus.IN_PROGRESS, progress=80)

    stock = progress.stock_take(datetime.date(2023, 12, 2))

    actions = stock.actions
    assert [(a.status, a.progress) for a in actions] == [
        (ActionStatus.IN_PROGRESS, 60.0),
        (ActionStatus.PLANNED, 0.0),  # nothing recorded yet
    ]
    assert stock.progress == 30.0


@pytest.mark.django_db
def test_coverage_of_the_needed_reduction_by_status(plan, objective, make_action):
    # baseline 1000 t, target −40 %: 400 t a year to cut
    make_action(status=ActionStatus.PLANNED, expected_reduction=Decimal(100))
    make_action(status=ActionStatus.DELAYED, expected_reduction=Decimal(40))
    make_action(status=ActionStatus.IN_PROGRESS, expected_reduction=Decimal(60))
    make_action(status=ActionStatus.DONE, expected_reduction=Decimal(20))
    make_action(status=ActionStatus.ABANDONED, expected_reduction=Decimal(300))
    make_action(status=ActionStatus.DONE, expected_reduction=None)

    shares, total = progress.reduction_coverage(plan)

    assert [(s.status, s.tonnes, s.percent) for s in shares] == [
        ("planned", Decimal(100), 25.0),
        ("running", Decimal(100), 25.0),
        ("done", Decimal(20), 5.0),
    ]
    assert total == 55.0


@pytest.mark.django_db
def test_no_coverage_without_baseline(plan):
    plan.baseline_emissions = None
    assert progress.reduction_coverage(plan) == (None, None)


@pytest.mark.django_db
def test_plan_page_shows_rolled_up_progress_and_filters_actions(
    client, plan, objective, make_action
):
    make_action(title="Pistes cyclables", slug="pistes", status=ActionStatus.DONE)
    make_action(
        title="Parkings vélo", slug="parkings", status=ActionStatus.PLANNED, progress=0
    )

    page = client.get(plan.url).content.decode()
    filtered = client.get(plan.url, {"status": "done"}).content.decode()

    assert 'class="progress__fill" width="50"' in page  # the plan's bar: (100 + 0) / 2
    assert "Pistes cyclables" in page and "Parkings vélo" in page
    assert "Pistes cyclables" in filtered and "Parkings vélo" not in filtered
