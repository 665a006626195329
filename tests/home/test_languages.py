import re

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from home.navigation import nearest_translation
from tests.factories.pages import (
    ContentPageFactory,
    HomePageFactory,
    locale,
    translate_page,
)


def html_attributes(response):
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', response.content.decode())
    return match.groups()


def switcher_links(response):
    html = response.content.decode()
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    found = re.findall(r'<a href="([^"]*)" hreflang="([^"]+)"', nav)
    return {code: url for url, code in found}


def alternates(response):
    found = re.findall(
        r'<link rel="alternate" hreflang="([^"]+)" href="http://testserver([^"]+)">',
        response.content.decode(),
    )
    return dict(found)


@pytest.fixture
def pages(db):
    """fr home › about › history (history not translated); en and es copies."""
    home = HomePageFactory()
    about = ContentPageFactory(parent=home, title="La démarche", slug="la-demarche")
    history = ContentPageFactory(parent=about, title="Historique", slug="historique")
    for code in ("en", "es"):
        translated_home = translate_page(home, code)
        translated_home.slug = f"home-{code}"
        translated_home.save_revision().publish()
        translate_page(about, code)
    return {"home": home, "about": about, "history": history}


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/", "fr"),
        ("/en/", "en"),
        ("/es/", "es"),
        ("/la-demarche/", "fr"),
        ("/en/la-demarche/", "en"),
        ("/es/la-demarche/", "es"),
    ],
)
def test_each_language_is_served_under_its_prefix(pages, client, path, language):
    response = client.get(path)
    assert response.status_code == 200
    assert html_attributes(response) == (language, "ltr")


def test_switcher_leads_to_the_same_page_in_each_language(pages, client):
    response = client.get("/la-demarche/")
    assert switcher_links(response) == {
        "fr": "/la-demarche/",
        "en": "/en/la-demarche/",
        "es": "/es/la-demarche/",
    }
    found = alternates(response)
    assert found.pop("x-default") == "/la-demarche/"
    assert found == switcher_links(response)


def test_switcher_falls_back_to_the_nearest_translated_ancestor(pages, client):
    response = client.get("/la-demarche/historique/")
    links = switcher_links(response)
    assert links["en"] == "/en/la-demarche/"
    assert links["es"] == "/es/la-demarche/"
    # Only languages in which the page itself exists are alternates.
    assert alternates(response) == {
        "fr": "/la-demarche/historique/",
        "x-default": "/la-demarche/historique/",
    }


def test_nearest_translation_skips_drafts(pages):
    english_about = pages["about"].get_translation(locale("en"))
    english_about.unpublish()
    assert (
        nearest_translation(pages["history"], locale("en")).specific.slug == "home-en"
    )


@pytest.mark.parametrize(
    ("path", "language", "title"),
    [
        ("/nope/", "fr", "Page introuvable"),
        ("/en/nope/", "en", "Page not found"),
        ("/es/nope/", "es", "Página no encontrada"),
        ("/xx/nope/", "fr", "Page introuvable"),
        ("/la-demarche/nope/", "fr", "Page introuvable"),
    ],
)
def test_unknown_paths_give_a_styled_404_in_the_right_language(
    pages, client, path, language, title
):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert html_attributes(response) == (language, "ltr")
    assert title in html
    assert 'class="site-header"' in html  # the site's layout, not a bare error
    assert switcher_links(response)["en"] == "/en/"


ARABIC = [*settings.LANGUAGES, ("ar", "العربية")]


def test_adding_a_right_to_left_language_is_a_settings_change(pages, client, settings):
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = ARABIC
    Locale.objects.create(language_code="ar")
    translate_page(pages["about"], "ar")
    response = client.get("/ar/la-demarche/")
    assert response.status_code == 200
    assert html_attributes(response) == ("ar", "rtl")
    assert switcher_links(response)["ar"] == "/ar/la-demarche/"
    with translation.override("fr"):
        assert switcher_links(client.get("/la-demarche/"))["ar"] == "/ar/la-demarche/"
