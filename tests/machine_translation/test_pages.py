"""What readers see of words written in another language: a "Translate to …"
link, then the cached translation, labelled, with the original one click away;
never a wait on the service, never a 500, nothing without a translator."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from climate_plan.models import ActionUpdate
from machine_translation import services
from machine_translation.models import MachineTranslation, text_hash
from participation.comments import services as comments
from participation.comments.models import Discussion
from tests import html_checks
from tests.factories.comments import CommentFactory
from tests.factories.proposals import ProposalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(db):
    from tests.factories.comments import make_discussed_page

    return make_discussed_page(languages=("en",))


def comment_on(page, author, body, language="fr"):
    return comments.post_comment(author, page, body, language=language)


def cache_translation(text, source, target, translated):
    return MachineTranslation.objects.create(
        source_hash=text_hash(text),
        source_language=source,
        target_language=target,
        text=translated,
        backend="libretranslate",
    )


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_french_comment_offers_an_english_reader_a_translation_link(
    client, page, resident, libretranslate
):
    comment = comment_on(page["fr"], resident, "Plus de pistes cyclables")
    html = read(client, page["en"].url)
    link = re.search(r'<a href="([^"]+)" rel="nofollow">Translate to English</a>', html)
    assert link.group(1) == f"{page['en'].url}?translate=1#comment-{comment.pk}"
    assert "Plus de pistes cyclables" in html
    assert libretranslate.requests == []  # reading never calls the service


def test_the_link_queues_the_translation_and_the_page_says_to_reload(
    client, page, resident, libretranslate, queued
):
    comment_on(page["fr"], resident, "Plus de pistes cyclables")
    html = read(client, page["en"].url + "?translate=1")
    assert "Translation requested: reload the page in a moment." in html
    assert "Plus de pistes cyclables" in html
    assert libretranslate.requests == []  # queued for the worker, not asked
    (task,) = queued.results
    assert task.args == ["Plus de pistes cyclables", "fr", "en"]
    read(client, page["en"].url + "?translate=1")  # a reload does not queue again
    assert len(queued.results) == 1


def test_once_translated_the_comment_reads_in_english_labelled_with_its_original(
    client, page, resident, libretranslate
):
    comment_on(page["fr"], resident, "Plus de pistes cyclables")
    services.translate_and_store("Plus de pistes cyclables", "fr", "en")
    html = read(client, page["en"].url + "?translate=1")
    assert (
        '<div class="comment__text" lang="en"><p>[fr→en] Plus de pistes cyclables'
        in html
    )
    assert "Machine translated from French" in html
    original = re.search(
        r"<details[^>]*><summary>(.*?)</summary>(.*?)</details>", html, re.S
    )
    assert original.group(1) == "Show the original in French"
    assert '<div lang="fr"><p>Plus de pistes cyclables</p></div>' in original.group(2)
    assert len(libretranslate.requests) == 1  # the reading asked nothing more


def test_french_readers_get_the_link_in_french(client, page, resident, libretranslate):
    comment_on(page["fr"], resident, "More bike lanes", language="en")
    html = read(client, page["fr"].url)
    assert "Traduire en français" in html
    services.translate_and_store("More bike lanes", "en", "fr")
    html = read(client, page["fr"].url + "?translate=1")
    assert "Traduction automatique\u00a0; original en anglais" in html
    assert "Voir l’original en anglais" in html


def test_a_comment_in_the_readers_language_offers_nothing(
    client, page, resident, libretranslate
):
    comment_on(page["fr"], resident, "Plus de pistes cyclables")
    html = read(client, page["fr"].url + "?translate=1")
    assert "machine-translation" not in html


def test_without_a_translator_no_link_and_no_translation_show(client, page, resident):
    comment_on(page["fr"], resident, "Plus de pistes cyclables")
    cache_translation("Plus de pistes cyclables", "fr", "en", "More cycle lanes")
    for url in (page["en"].url, page["en"].url + "?translate=1"):
        html = read(client, url)
        assert "machine-translation" not in html
        assert "More cycle lanes" not in html


@pytest.mark.parametrize("status", [403, 429, 500])
def test_a_failing_service_leaves_the_original_and_no_error(
    client, page, resident, libretranslate, status
):
    libretranslate.fail_with = status
    comment_on(page["fr"], resident, "Plus de pistes cyclables")
    html = read(client, page["en"].url + "?translate=1")  # the task ran and failed
    assert "Plus de pistes cyclables" in html
    assert not MachineTranslation.objects.exists()
    libretranslate.fail_with = None  # the next reader's visit asks again
    read(client, page["en"].url + "?translate=1")
    assert MachineTranslation.objects.count() == 1


def test_a_translation_is_escaped_and_its_links_made_like_the_comments_own(
    client, page, resident, libretranslate
):
    comment_on(page["fr"], resident, "Voir le site")
    cache_translation(
        "Voir le site",
        "fr",
        "en",
        '<script>alert(1)</script> See https://example.org "x"',
    )
    html = read(client, page["en"].url + "?translate=1")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert (
        '<a href="https://example.org" rel="nofollow ugc">https://example.org</a>'
        in html
    )


def test_a_site_may_show_translations_without_a_click_the_original_one_click_away(
    client, page, resident, libretranslate, settings
):
    settings.AGIR_MACHINE_TRANSLATION = {
        **settings.AGIR_MACHINE_TRANSLATION,
        "show_by_default": True,
    }
    comment_on(page["fr"], resident, "Plus de pistes cyclables")
    services.translate_and_store("Plus de pistes cyclables", "fr", "en")
    html = read(client, page["en"].url)
    assert "[fr→en] Plus de pistes cyclables" in html
    assert "Machine translated from French" in html
    html = read(client, page["en"].url + "?translate=0")
    assert "[fr→en]" not in html
    assert "Translate to English" in html


def test_a_proposal_its_title_and_its_official_answer_are_translated(
    client, themes, libretranslate
):
    proposal = ProposalFactory(
        title="Más árboles",
        text="Plantar árboles en la plaza.",
        language="es",
        official_answer="La ville étudie cette idée.",
        answered_at=timezone.now(),
    )
    with translation.override("en"):
        url = reverse("participation:proposal_detail", args=[proposal.reference])
    html = read(client, url)
    assert html.count("Translate to English") == 2  # the proposal, the answer
    assert f'href="{url}?translate=1#proposal-text"' in html
    assert f'href="{url}?translate=1#official-answer"' in html
    html = read(client, url + "?translate=1")  # the worker (immediate here) ran
    html = read(client, url + "?translate=1")
    assert '<h1 lang="en">[es→en] Más árboles</h1>' in html
    assert '<div class="proposal-detail__text" id="proposal-text" lang="en">' in html
    assert "Machine translated from Spanish" in html
    assert "Machine translated from French" in html
    assert '<p class="machine-translation__title">Más árboles</p>' in html
    assert "[fr→en] La ville étudie cette idée." in html
    assert html_checks.problems(html) == []


def test_a_committee_update_is_translated_on_the_action_page(
    client, libretranslate, themes
):
    from climate_plan.models import ActionPage
    from tests.factories.pages import translate_page

    action = ActionPage.objects.filter(locale__language_code="fr").first()
    english = translate_page(action, "en")
    update = ActionUpdate.objects.create(
        action=action,
        date=timezone.localdate(),
        text="Les travaux commencent.",
        signed="Comité mobilités",
        language="fr",
    )
    html = read(client, english.url)
    assert f'href="{english.url}?translate=1#update-{update.pk}"' in html
    read(client, english.url + "?translate=1")
    html = read(client, english.url + "?translate=1")
    assert '<p lang="en">[fr→en] Les travaux commencent.</p>' in html
    assert "Machine translated from French" in html


def test_translated_comments_cost_the_same_queries_however_many(
    client, page, resident, libretranslate
):
    comment_on(page["fr"], resident, "Premier")
    cache_translation("Premier", "fr", "en", "First")
    discussion = Discussion.objects.get()

    def queries_with(count):
        for n in range(count):
            body = f"Commentaire {count}-{n}"
            CommentFactory(discussion=discussion, author=resident, body=body)
            cache_translation(body, "fr", "en", f"Comment {count}-{n}")
        read(client, page["en"].url + "?translate=1")  # the chrome's caches filled
        with CaptureQueriesContext(connection) as captured:
            html = read(client, page["en"].url + "?translate=1")
        assert html.count("Machine translated from French") >= count
        lookups = [q for q in captured if "machine_translation" in q["sql"]]
        assert len(lookups) == 1
        return len(captured)

    assert queries_with(2) == queries_with(6)


def test_a_new_translation_empties_the_anonymous_page_cache(
    client,
    page,
    resident,
    libretranslate,
    queued,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.AGIR_PAGE_CACHE = True
    comment_on(page["fr"], resident, "Plus de pistes cyclables")
    url = page["en"].url + "?translate=1"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        services.translate_and_store("Plus de pistes cyclables", "fr", "en")
    again = client.get(url)
    assert again["X-Page-Cache"] == "miss"
    assert "[fr→en] Plus de pistes cyclables" in again.content.decode()
