"""Events: upcoming first, the archive, filters, and iCalendar files."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from climate_plan.models import Neighbourhood
from participation.models import EventIndexPage, EventPage
from tests.factories.pages import home_page


@pytest.fixture
def index(db):
    page = EventIndexPage(title="Agenda", slug="agenda")
    home_page().add_child(instance=page)
    return page


@pytest.fixture
def events(index):
    port = Neighbourhood.objects.create(name="Ivry-Port", slug="ivry-port")
    centre = Neighbourhood.objects.create(name="Centre-ville", slug="centre-ville")
    now = timezone.now()
    rows = [
        ("Atelier passé", "workshop", -30, port),
        ("Caravane passée", "caravan", -60, centre),
        ("Fresque bientôt", "fresco", 3, centre),
        ("Réunion plus tard", "meeting", 20, port),
    ]
    made = {}
    for title, kind, days, area in rows:
        start = now + datetime.timedelta(days=days)
        page = EventPage(
            title=title,
            slug=f"e{days}".replace("-", "m"),
            event_type=kind,
            start=start,
            end=start + datetime.timedelta(hours=2),
            place="Maison de quartier",
            address="1 rue de la Paix",
            neighbourhood=area,
        )
        index.add_child(instance=page)
        made[title] = page
    return made


def order(html, titles):
    return sorted(titles, key=html.index)


@pytest.mark.django_db
def test_upcoming_events_come_first_soonest_first_then_the_archive(
    client, index, events
):
    html = client.get(index.url).content.decode()
    assert order(html, list(events)) == [
        "Fresque bientôt",
        "Réunion plus tard",
        "Atelier passé",
        "Caravane passée",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        (
            {"type": "workshop"},
            ["Atelier passé"],
            ["Fresque bientôt", "Caravane passée"],
        ),
        (
            {"neighbourhood": "ivry-port"},
            ["Atelier passé", "Réunion plus tard"],
            ["Fresque bientôt"],
        ),
        ({"type": "bogus"}, ["Atelier passé", "Fresque bientôt"], []),
    ],
)
def test_filters_by_type_and_neighbourhood(client, index, events, query, shown, hidden):
    html = client.get(index.url, query).content.decode()
    for title in shown:
        assert title in html
    for title in hidden:
        assert title not in html


@pytest.mark.django_db
def test_event_ics_parses_back_with_its_times_and_place(client, events):
    event = events["Fresque bientôt"]

    response = client.get(event.url + "ical/")

    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Fresque bientôt"
    assert abs(vevent.decoded("DTSTART") - event.start) < datetime.timedelta(seconds=1)
    assert str(vevent["LOCATION"]) == "Maison de quartier, 1 rue de la Paix"
    assert str(vevent["URL"]).endswith(event.url)


@pytest.mark.django_db
def test_calendar_feed_lists_every_event_once_with_stable_uids(client, index, events):
    calendar = Calendar.from_ical(client.get(index.url + "calendar/").content)

    vevents = calendar.walk("VEVENT")
    assert sorted(str(v["SUMMARY"]) for v in vevents) == sorted(events)
    assert len({str(v["UID"]) for v in vevents}) == len(events)
    assert {str(v["UID"]).split("@")[0] for v in vevents} == {
        str(e.translation_key) for e in events.values()
    }


def test_calendars_link_to_the_sites_public_address(client, index, events):
    call_command("set_site_host", "https://agir.ivry.example")
    event = events["Fresque bientôt"]
    (vevent,) = Calendar.from_ical(client.get(event.url + "ical/").content).walk(
        "VEVENT"
    )
    assert str(vevent["URL"]) == f"https://agir.ivry.example{event.url}"
    assert str(vevent["UID"]).endswith("@agir.ivry.example")
    feed = client.get(index.url + "calendar/").content.decode()
    assert "localhost" not in feed and "testserver" not in feed
