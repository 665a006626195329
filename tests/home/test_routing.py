"""A page is found in the same few queries however deep it lies, and every
address answers as Wagtail's own page-by-page walk would."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participation.models import EventIndexPage
from tests.factories.pages import ContentPageFactory, home_page


def queries_to_serve(client, url):
    client.get(url)  # warm the menu, the language links and the site's caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def nested(parent, depth):
    page = parent
    for level in range(depth):
        page = ContentPageFactory(parent=page, title=f"Niveau {level}")
    return page


@pytest.mark.django_db
def test_a_page_five_levels_down_costs_no_more_queries_than_one_level_down(client):
    home = home_page()
    shallow = nested(home, 1)
    deep = nested(ContentPageFactory(parent=home, title="Branche"), 4)

    assert deep.depth == shallow.depth + 4
    assert queries_to_serve(client, deep.url) == queries_to_serve(client, shallow.url)


@pytest.mark.django_db
def test_a_sub_route_of_a_page_on_the_way_wins_over_a_child_of_the_same_name(client):
    index = EventIndexPage(title="Agenda", slug="agenda")
    home_page().add_child(instance=index)
    ContentPageFactory(parent=index, title="Calendar", slug="calendar")

    response = client.get(index.url + "calendar/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")


@pytest.mark.django_db
def test_a_live_page_under_a_draft_page_is_still_served(client):
    draft = ContentPageFactory(parent=home_page(), title="Brouillon")
    child = ContentPageFactory(parent=draft, title="Publiée")
    draft.unpublish()

    assert client.get(draft.url or "/brouillon/").status_code == 404
    assert client.get("/brouillon/publiee/").status_code == 200
    assert child.live


@pytest.mark.django_db
@pytest.mark.parametrize(
    "address",
    ["/nulle-part/", "/niveau-0/nulle-part/", "/niveau-0/niveau-1/en-trop/x/"],
)
def test_an_address_no_page_holds_is_not_found(client, address):
    nested(home_page(), 2)

    assert client.get(address).status_code == 404


@pytest.mark.django_db
def test_a_page_reached_through_its_full_address_is_the_right_one(client):
    home = home_page()
    first = ContentPageFactory(parent=home, title="Même nom")
    second = ContentPageFactory(parent=first, title="Même nom")

    response = client.get("/meme-nom/meme-nom/")

    assert response.status_code == 200
    assert response.context["page"].pk == second.pk
