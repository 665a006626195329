"""The menu, language links, breadcrumbs and footer are read once and kept,
and never outlive the content they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import FooterText
from tests.factories.accounts import UserFactory
from tests.factories.pages import ContentPageFactory, home_page, locale

CHROME_BUDGET = 5  # queries the header, language links and footer may cost


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(captured)


@pytest.mark.django_db
def test_once_read_the_chrome_costs_a_few_queries_however_big_the_menu(client):
    home = home_page()
    ContentPageFactory(parent=home, title="Le plan", show_in_menus=True)
    page = ContentPageFactory(parent=home, title="Une page")
    client.get(page.url)
    _response, with_two = queries_of(client, page.url)

    for number in range(8):
        ContentPageFactory(parent=home, title=f"Rubrique {number}", show_in_menus=True)
    client.get(page.url)
    response, with_ten = queries_of(client, page.url)

    assert response.content.decode().count("Rubrique ") >= 8
    assert with_ten == with_two
    # Routing, the page's privacy and the site settings are all that is left
    # besides the page itself (a content page without blocks).
    assert with_ten <= CHROME_BUDGET + 4


@pytest.mark.django_db
def test_a_page_published_into_the_menu_shows_at_the_next_request(client):
    home = home_page()
    page = ContentPageFactory(parent=home, title="Une page")
    assert "Nouvelle rubrique" not in client.get(page.url).content.decode()

    ContentPageFactory(parent=home, title="Nouvelle rubrique", show_in_menus=True)

    assert "Nouvelle rubrique" in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_a_new_translation_takes_over_the_language_link_at_the_next_request(client):
    home = home_page()
    english_home = home.copy_for_translation(locale("en"))
    english_home.save_revision().publish()
    page = ContentPageFactory(parent=home, title="Agenda", slug="agenda")
    assert 'href="/en/"' in client.get(page.url).content.decode()

    english = page.copy_for_translation(locale("en"))
    english.slug = "calendar"
    english.save_revision().publish()

    html = client.get(page.url).content.decode()
    assert 'href="/en/calendar/"' in html
    assert 'hreflang="en" href="http://testserver/en/calendar/"' in html


@pytest.mark.django_db
def test_a_renamed_page_is_renamed_in_the_trail_of_its_children(client):
    home = home_page()
    section = ContentPageFactory(parent=home, title="Rubrique")
    middle = ContentPageFactory(parent=section, title="Sous-rubrique")
    leaf = ContentPageFactory(parent=middle, title="Feuille")
    assert ">Sous-rubrique</a>" in client.get(leaf.url).content.decode()

    middle.title = "Chapitre"
    middle.save_revision().publish()

    html = client.get(leaf.url).content.decode()
    assert ">Chapitre</a>" in html
    assert ">Sous-rubrique</a>" not in html


@pytest.mark.django_db
def test_a_new_footer_text_shows_at_the_next_request(client):
    page = ContentPageFactory(parent=home_page(), title="Une page")
    client.get(page.url)

    FooterText.objects.create(
        body="<p>Mairie d’Ivry-sur-Seine</p>", locale=locale("fr")
    )

    assert "Mairie d’Ivry-sur-Seine" in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_what_a_signed_in_visitor_sees_never_reaches_the_next_anonymous_one(client):
    page = ContentPageFactory(parent=home_page(), title="Une page")
    client.force_login(UserFactory())
    assert "Mon compte" in client.get(page.url).content.decode()

    client.logout()
    html = client.get(page.url).content.decode()

    assert "Mon compte" not in html
    assert "Se connecter" in html
