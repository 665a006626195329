"""Each page of the plan costs the same number of SQL queries with 10 or 200 actions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from climate_plan.models import (
    CommitteeMonitoredAction,
    ConferenceIndexPage,
    ConferencePage,
)
from tests.factories.plan import (
    ActionPageFactory,
    ObjectivePageFactory,
    committee_for,
    indicator,
    update,
)

STATUSES = ["planned", "in_progress", "done", "delayed", "abandoned"]


def add_actions(objectives, start, count):
    actions = []
    for number in range(start, start + count):
        action = ActionPageFactory(
            parent=objectives[number % len(objectives)],
            title=f"Action {number}",
            slug=f"action-{number}",
            status=STATUSES[number % len(STATUSES)],
            progress=number % 100,
            expected_reduction=number,
        )
        update(action, "2022-01-01", status="in_progress", progress=10)
        actions.append(action)
    return actions


def queries_per_page(client, pages):
    counts = {}
    for name, url in pages.items():
        assert client.get(url).status_code == 200  # warm the site and locale caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        counts[name] = len(captured)
    return counts


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_number_of_actions(
    client, home, plan, theme
):
    plan.trajectory_indicator = indicator({2015: 100, 2020: 90})
    plan.save()
    objectives = [
        ObjectivePageFactory(parent=theme, title=f"Objectif {n}", slug=f"objectif-{n}")
        for n in range(5)
    ]
    actions = add_actions(objectives, 0, 10)
    committee = committee_for(theme, actions)
    conferences = ConferenceIndexPage(title="Conférences", slug="conferences")
    home.add_child(instance=conferences)
    conference = ConferencePage(
        title="2023",
        slug="2023",
        edition_year=2023,
        date="2023-12-02",
        body=[
            ("stock_take", {"title": "", "as_of": None}),
            ("prioritised_objectives", {"title": ""}),
        ],
    )
    conferences.add_child(instance=conference)
    pages = {
        "plan": plan.url,
        "theme": theme.url,
        "objective": objectives[0].url,
        "action": actions[0].url,
        "committee": committee.url,
        "conference": conference.url,
    }

    with_10 = queries_per_page(client, pages)
    more = add_actions(objectives, 10, 190)
    CommitteeMonitoredAction.objects.bulk_create(
        CommitteeMonitoredAction(committee=committee, action=action) for action in more
    )
    with_200 = queries_per_page(client, pages)

    assert with_200 == with_10
    print("queries per page:", with_10)  # noqa: T201 — reported in the merge notes
