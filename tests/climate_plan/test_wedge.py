"""The wedge: each action's expected reduction stacked by status against the
−40 % path, checked against a table computed by hand, and the GET form that
lets residents untick actions."""

import datetime
from decimal import Decimal

import pytest

from climate_plan.progress import plan_progress
from climate_plan.wedge import plan_wedge

# Plan: 1000 tCO2e in 2015, −40 % by 2035, so 400 to cut; the path loses 20 a year.
# A done        100 t, 2016 → 2020: 0 until 2016, +25 a year, full from 2020
# B in progress 200 t, 2020 → 2030: 0 until 2020, +20 a year, full from 2030
# C planned      50 t, no dates:    2015 → 2035, +2.5 a year
# D abandoned   300 t: never counts
# E delayed      40 t, 2025 → 2025: full from 2025 (stacked with B, "under way")
# F planned, no estimate: not drawn
HAND_TABLE = {
    # year: (path, done, under way, planned, expected, still to be found)
    2015: (1000, 0, 0, 0, 1000, 0),
    2018: (940, 50, 0, 7.5, 942.5, 2.5),
    2020: (900, 100, 0, 12.5, 887.5, 0),  # ahead of the path: nothing missing
    2025: (800, 100, 140, 25, 735, 0),
    2030: (700, 100, 240, 37.5, 622.5, 0),
    2035: (600, 100, 240, 50, 610, 10),  # 390 of the 400: 10 still to be found
}
WITHOUT_B_2035 = (600, 100, 40, 50, 810, 210)


def day(year, month=1, date=1):
    return datetime.date(year, month, date)


@pytest.fixture
def wedge_plan(plan, make_action):
    plan.baseline_year, plan.target_year, plan.target_reduction = 2015, 2035, 40
    plan.baseline_emissions = Decimal(1000)
    plan.save()
    rows = [
        ("A", "done", 100, day(2016), day(2020, 12, 31)),
        ("B", "in_progress", 200, day(2020, 3), day(2030, 6)),
        ("C", "planned", 50, None, None),
        ("D", "abandoned", 300, day(2016), day(2018)),
        ("E", "delayed", 40, day(2025), day(2025, 12)),
        ("F", "planned", None, None, None),
    ]
    actions = {
        letter: make_action(
            title=f"Action {letter}",
            slug=f"action-{letter.lower()}",
            status=status,
            expected_reduction=None if tonnes is None else Decimal(tonnes),
            start_date=start,
            end_date=end,
        )
        for letter, status, tonnes, start, end in rows
    }
    return plan, actions


def as_table(wedge):
    return {
        row["year"]: tuple(
            round(row[k], 1)
            for k in ("path", "done", "running", "planned", "expected", "left")
        )
        for row in wedge.table()
        if row["year"] in HAND_TABLE
    }


@pytest.mark.django_db
def test_the_wedge_matches_the_table_computed_by_hand(wedge_plan):
    plan, _actions = wedge_plan

    wedge = plan_wedge(plan, plan_progress(plan))

    assert as_table(wedge) == HAND_TABLE
    assert wedge.covered_percent == pytest.approx(97.5)
    assert wedge.unestimated == 1  # F is counted as “not drawn”
    assert [a.page.title for a in wedge.actions] == [
        "Action A",
        "Action B",
        "Action C",
        "Action E",
    ]


@pytest.mark.django_db
def test_unticking_an_action_leaves_its_reduction_out(wedge_plan):
    plan, actions = wedge_plan
    chosen = {actions[letter].pk for letter in "ACE"}

    wedge = plan_wedge(plan, plan_progress(plan), chosen)

    assert as_table(wedge)[2035] == WITHOUT_B_2035


@pytest.mark.django_db
def test_the_wedge_page_draws_all_actions_then_redraws_the_ticked_ones(
    client, wedge_plan
):
    plan, actions = wedge_plan
    url = plan.url + "wedge/"

    first = client.get(url).content.decode()
    ticked = [actions[letter].pk for letter in "ACE"]
    chosen = client.get(url, {"chosen": "1", "a": ticked}).content.decode()
    nothing = client.get(url, {"chosen": "1", "a": ["x", "-3"]})

    assert first.count('type="checkbox"') == 4 and first.count(" checked") == 4
    assert '<th scope="row">2035</th><td>600</td>' in first
    assert "<td>610</td><td>10</td></tr>" in first
    assert "<td>810</td><td>210</td></tr>" in chosen
    assert chosen.count(" checked") == 3
    assert 'method="get"' in first and "<script>" not in first  # no inline script
    assert nothing.status_code == 200  # nonsense ticks: nothing chosen, no error
    assert "<td>1\u202f000</td><td>400</td></tr>" in nothing.content.decode()


@pytest.mark.django_db
def test_a_plan_without_baseline_emissions_says_so(client, plan):
    plan.baseline_emissions = None
    plan.save()

    response = client.get(plan.url + "wedge/")

    assert response.status_code == 200
    assert "<svg" not in response.content.decode().split("</header>")[-1]
