"""Dates and numbers as each language writes them, and French punctuation."""

import datetime
import gettext
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import timezone, translation

from home.models import FooterText
from participation.models import EventIndexPage, EventPage
from tests.factories.pages import home_page, translate_page
from tests.factories.proposals import ProposalFactory

NBSP, NNBSP = "\u00a0", "\u202f"


def render(source, language, **context):
    with translation.override(language):
        return Template(source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "first", "tenth"),
    [
        ("fr", "1er décembre 2026", "10 décembre 2026"),
        ("en", "1 December 2026", "10 December 2026"),
        ("es", "1 de diciembre de 2026", "10 de diciembre de 2026"),
    ],
)
def test_a_date_reads_as_the_language_writes_it(language, first, tenth):
    html = render(
        "{{ first|localdate }} / {{ tenth|localdate }}",
        language,
        first=datetime.date(2026, 12, 1),
        tenth=datetime.date(2026, 12, 10),
    )
    assert html == f"{first} / {tenth}"


@pytest.mark.parametrize(
    ("language", "whole", "decimal", "share"),
    [
        ("fr", f"4{NNBSP}830", f"310{NNBSP}000,5", "12,5"),
        ("en", "4,830", "310,000.5", "12.5"),
        ("es", "4.830", "310.000,5", "12,5"),
    ],
)
def test_a_number_groups_its_thousands_as_the_language_does(
    language, whole, decimal, share
):
    html = render(
        "{{ whole|number }} {{ decimal|number }} {{ share|number:1 }} {{ none|number }}",
        language,
        whole=4830,
        decimal=Decimal("310000.50"),
        share=12.46,
        none=None,
    )
    assert html == f"{whole} {decimal} {share} None"


def test_django_grouped_numbers_agree_with_the_number_filter():
    # Templates that still use floatformat:"g" must not put "4830" beside "310 000".
    assert render('{{ n|floatformat:"0g" }}', "fr", n=4830) == f"4{NNBSP}830"
    assert render('{{ n|floatformat:"0g" }}', "es", n=4830) == "4.830"


@pytest.mark.django_db
def test_an_event_on_the_first_of_december_shows_its_date_and_time_in_each_language(
    client,
):
    index = EventIndexPage(title="Agenda", slug="agenda")
    home_page().add_child(instance=index)
    start = timezone.make_aware(datetime.datetime(2026, 12, 1, 20, 30))
    event = EventPage(
        title="Fresque du climat",
        slug="fresque",
        event_type="fresco",
        start=start,
        end=start + datetime.timedelta(hours=2),
        place="Maison de quartier",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    expected = {
        "fr": f"1er décembre 2026 à 20{NBSP}h{NBSP}30",
        "en": "1 December 2026, 20:30",
        "es": "1 de diciembre de 2026, 20:30",
    }
    pages = {
        "fr": event,
        **{code: translate_page(event, code) for code in ("en", "es")},
    }
    for code, page in pages.items():
        html = client.get(page.url).content.decode()
        assert expected[code] in html, code
    assert f"22{NBSP}h{NBSP}30" in client.get(event.url).content.decode()


@pytest.mark.django_db
def test_an_official_answer_written_in_french_is_marked_french_on_english_pages(
    client, call
):
    proposal = ProposalFactory(
        call=call,
        official_answer="La ville étudie une autre solution.",
        answered_at=timezone.now(),
    )
    answer = '<div class="proposal-detail__answer-text"{}>'
    with translation.override("en"):
        english = client.get(proposal.get_absolute_url()).content.decode()
    french = client.get(proposal.get_absolute_url()).content.decode()
    assert answer.format(' lang="fr"') in english
    assert answer.format("") in french


@pytest.mark.django_db
def test_a_footer_text_not_yet_translated_is_marked_with_its_language(client, home):
    FooterText.objects.create(
        locale=home.locale, body="<p>Une démarche de la Ville.</p>"
    )
    translate_page(home, "en")
    english = client.get("/en/").content.decode()
    assert '<div class="site-footer__text" lang="fr">' in english
    assert '<div class="site-footer__text">' in client.get("/").content.decode()


# A plain space where French typography wants a no-break one (U+00A0): before
# : ; ? ! and », and after «.
PLAIN_SPACE_AT_A_MARK = re.compile(r" [:;?!»]|« ")


def compiled_french_catalogue(tmp_path):
    """The French strings as the site reads them: the compiled catalogue, or
    one compiled now when it is missing or older than its source."""
    source = Path(settings.BASE_DIR) / "locale/fr/LC_MESSAGES/django.po"
    compiled = source.with_suffix(".mo")
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        if shutil.which("msgfmt") is None:
            pytest.skip("gettext is not installed")
        compiled = tmp_path / "django.mo"
        subprocess.run(["msgfmt", "-o", compiled, source], check=True)
    with compiled.open("rb") as file:
        return gettext.GNUTranslations(file)._catalog


def test_every_french_ui_string_has_its_no_break_spaces(tmp_path):
    catalogue = compiled_french_catalogue(tmp_path)
    wrong = sorted(
        {
            text
            for key, text in catalogue.items()
            if key and PLAIN_SPACE_AT_A_MARK.search(text)
        }
    )
    assert not wrong, "a plain space before : ; ? ! » or after «:\n" + "\n".join(wrong)


def test_the_check_sees_a_plain_space_before_a_colon():
    assert PLAIN_SPACE_AT_A_MARK.search("Courriel : ")
    assert PLAIN_SPACE_AT_A_MARK.search("« Mon compte»")
    assert not PLAIN_SPACE_AT_A_MARK.search(f"Courriel{NBSP}: «{NBSP}Mon compte{NBSP}»")
