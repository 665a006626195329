"""Dates and numbers as each language writes them, and French punctuation."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from participation.models import EventIndexPage, EventPage
from tests.factories.pages import home_page, translate_page

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
