"""Sending a page for translation publishes nothing until a translator does."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import Translation

from accounts.roles import EDITORS
from tests.factories.accounts import staff
from tests.factories.pages import (
    ContentPageFactory,
    HomePageFactory,
    locale,
    translate_page,
)
from tests.home.test_languages import alternates, html_attributes, switcher_links

FRENCH_INTRO = "Le texte que seuls les lecteurs francophones doivent lire."


@pytest.fixture
def site_pages(db):
    """fr home › about › history, all live; only the home page is in English."""
    home = HomePageFactory()
    about = ContentPageFactory(
        parent=home, title="La démarche", slug="la-demarche", intro=FRENCH_INTRO
    )
    history = ContentPageFactory(
        parent=about, title="Historique", slug="historique", intro=FRENCH_INTRO
    )
    english_home = translate_page(home, "en")
    english_home.slug = "home-en"
    english_home.save_revision().publish()
    return {"home": home, "about": about, "history": history}


@pytest.fixture
def editor_client(client, db):
    client.force_login(staff(EDITORS, email="translating-editor@example.org"))
    return client


def send_for_translation(editor_client, page, code="en"):
    response = editor_client.post(
        f"/admin/localize/submit/page/{page.pk}/",
        {"locales": [locale(code).pk]},
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def assert_not_public(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert FRENCH_INTRO not in response.content.decode()


def test_sending_a_page_for_translation_publishes_no_french_text_under_en(
    site_pages, editor_client, client
):
    send_for_translation(editor_client, site_pages["about"])

    english = Page.objects.get(
        translation_key=site_pages["about"].translation_key, locale=locale("en")
    )
    assert not english.live
    client.logout()
    assert_not_public(client, "/en/la-demarche/")
    # The French page still leads English readers to the nearest published
    # translation, and declares no English alternate.
    response = client.get("/la-demarche/")
    assert switcher_links(response)["en"] == "/en/"
    assert "en" not in alternates(response)


def test_untranslated_parents_of_a_page_sent_for_translation_stay_unpublished(
    site_pages, editor_client, client
):
    send_for_translation(editor_client, site_pages["history"])

    client.logout()
    # The parent is copied as well (the tree must exist in English), yet
    # neither it nor the page itself is served before a translator publishes.
    assert_not_public(client, "/en/la-demarche/")
    assert_not_public(client, "/en/la-demarche/historique/")
    # ... not even after the French parent is published again.
    site_pages["about"].save_revision().publish()
    assert_not_public(client, "/en/la-demarche/")
    assert switcher_links(client.get("/la-demarche/historique/"))["en"] == "/en/"


def test_the_translation_is_served_in_english_once_the_translator_publishes(
    site_pages, editor_client, client, django_capture_on_commit_callbacks
):
    send_for_translation(editor_client, site_pages["about"])
    translation = Translation.objects.get(
        source__object_id=site_pages["about"].translation_key,
        target_locale=locale("en"),
    )
    source = translation.source
    for segment in source.stringsegment_set.select_related("string"):
        if segment.string.data == FRENCH_INTRO:
            segment.string.translations.create(
                locale=locale("en"),
                context=segment.context,
                data="The text English readers read.",
            )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)  # the translator's "Publish"

    client.logout()
    response = client.get("/en/la-demarche/")
    assert response.status_code == 200
    assert html_attributes(response) == ("en", "ltr")
    html = response.content.decode()
    assert "The text English readers read." in html
    assert FRENCH_INTRO not in html
    assert switcher_links(client.get("/la-demarche/"))["en"] == "/en/la-demarche/"
