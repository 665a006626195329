"""Each page of the plan costs the same number of SQL queries with 10 or 200 actions."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from climate_plan.models import (
    ActionDependency,
    ActionIndicator,
    CommitteeMonitoredAction,
    ConferenceIndexPage,
    ConferencePage,
)
from tests.factories.plan import (
    ActionPageFactory,
    ObjectivePageFactory,
    committee_for,
    follow,
    indicator,
    organisation,
    update,
)

STATUSES = ["planned", "in_progress", "done", "delayed", "abandoned"]
# What a plan page may ask beyond the site's layout (menu, language links,
# footer: what an empty content page costs), whatever the size of the plan.
MOST_OWN_QUERIES = 20


def add_actions(objectives, start, count, organisations=()):
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
        if actions:  # a chain of needs: each action needs the one before
            ActionDependency.objects.create(action=action, needed=actions[-1])
        if organisations:
            follow(
                action,
                organisations=[(organisations[number % 2], "lead")],
                contacts=[(f"Contact {number}", "Chargé", "c@ivry.example", True)],
                tasks=[
                    ("Étude", datetime.date(2024, 1, 1), None),
                    ("Travaux", datetime.date(2030, 1, 1), None),
                ],
                phase="preparation",
            )
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


def layout_queries(client, home):
    """The queries of an empty content page: the layout every page shares."""
    from home.models import ContentPage

    blank = ContentPage(title="Vide", slug="vide")
    home.add_child(instance=blank)
    return queries_per_page(client, {"blank": blank.url})["blank"]


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_number_of_actions(
    client, home, plan, theme
):
    emissions = indicator({2015: 100, 2020: 90})
    plan.trajectory_indicator = emissions
    from climate_plan.models import ImplementationPhase

    plan.phases = [
        ImplementationPhase(identifier="preparation", name="Préparation"),
        ImplementationPhase(identifier="done", name="Terminée"),
    ]
    plan.save()
    services = [organisation(), organisation("ADEME", "ademe", "partner")]
    objectives = [
        ObjectivePageFactory(parent=theme, title=f"Objectif {n}", slug=f"objectif-{n}")
        for n in range(5)
    ]
    actions = add_actions(objectives, 0, 10, services)
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
        "indicators": plan.url + "indicators/",
        "indicator": f"{plan.url}indicators/{emissions.translation_key}/",
        "dependencies": plan.url + "dependencies/",
        "wedge": plan.url + "wedge/",
        "wedge ticked": plan.url + f"wedge/?chosen=1&a={actions[0].pk}",
        "organisation": f"{plan.url}organisations/ademe/",
        "organisations": f"{plan.url}organisations/",
        "late actions": f"{plan.url}?timeliness=late&organisation=ademe",
    }
    ActionIndicator.objects.bulk_create(
        ActionIndicator(action=action, indicator=emissions) for action in actions
    )

    with_10 = queries_per_page(client, pages)
    more = add_actions(objectives, 10, 190, services)
    ActionIndicator.objects.bulk_create(
        ActionIndicator(action=action, indicator=emissions) for action in more
    )
    CommitteeMonitoredAction.objects.bulk_create(
        CommitteeMonitoredAction(committee=committee, action=action) for action in more
    )
    with_200 = queries_per_page(client, pages)

    assert with_200 == with_10
    layout = layout_queries(client, home)
    own = {name: count - layout for name, count in with_10.items()}
    followed = ("indicators", "indicator", "dependencies", "wedge", "wedge ticked")
    followed += ("plan", "organisation", "organisations", "late actions")
    assert all(own[name] <= MOST_OWN_QUERIES for name in followed), own
    print("queries per page:", with_10, "layout:", layout)  # noqa: T201 — reported in the merge notes


def add_panels(exhibition, start, count, image):
    from climate_plan.models import ExhibitPanelPage

    for number in range(start, start + count):
        panel = ExhibitPanelPage(
            title=f"Panneau {number}", slug=f"panneau-{number}", image=image
        )
        exhibition.add_child(instance=panel)
        panel.save_revision().publish()


def add_events(index, start, count, neighbourhood):
    import datetime

    from django.utils import timezone

    from participation.models import EventPage

    for number in range(start, start + count):
        when = timezone.now() + datetime.timedelta(days=number - count // 2)
        index.add_child(
            instance=EventPage(
                title=f"Atelier {number}",
                slug=f"atelier-{number}",
                event_type="workshop",
                start=when,
                neighbourhood=neighbourhood,
            )
        )


@pytest.mark.django_db
def test_exhibition_and_events_query_counts_do_not_grow(client, home):
    from climate_plan.models import ExhibitionPage, Neighbourhood
    from home.demo.state import generated_image
    from participation.models import EventIndexPage

    exhibition = ExhibitionPage(title="Exposition", slug="exposition")
    home.add_child(instance=exhibition)
    events = EventIndexPage(title="Agenda", slug="agenda")
    home.add_child(instance=events)
    image = generated_image("Panneau", size=(64, 36))
    area = Neighbourhood.objects.create(name="Ivry-Port", slug="ivry-port")
    add_panels(exhibition, 0, 3, image)
    add_events(events, 0, 4, area)
    pages = {
        "exhibition": exhibition.url,
        "feed": exhibition.url + "feed/",
        "events": events.url,
        "calendar": events.url + "calendar/",
    }

    few = queries_per_page(client, pages)
    add_panels(exhibition, 3, 17, image)
    add_events(events, 4, 36, area)
    many = queries_per_page(client, pages)

    assert many == few
