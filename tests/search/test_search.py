import time

import pytest
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale

from search.highlight import highlight
from search.sources import CombinedResults, SearchHit, SearchSource
from tests.factories.pages import ContentPageFactory, HomePageFactory, locale


@pytest.fixture
def site_pages(db, django_capture_on_commit_callbacks):
    """A French and an English home page, each with a few content pages."""
    with django_capture_on_commit_callbacks(execute=True):
        home = HomePageFactory()
        ContentPageFactory(
            parent=home, title="Le vélo à Ivry", intro="Pistes cyclables"
        )
        ContentPageFactory(parent=home, title="Un velo partagé", intro="Location")
        ContentPageFactory(parent=home, title="Écoles et cantines", intro="Repas")
        home_en = home.copy_for_translation(locale("en"))
        home_en.save_revision().publish()
        ContentPageFactory(parent=home_en, title="Cycling in Ivry vélo", intro="Bike")
    return home


def titles(response):
    return [hit.title for hit in response.context["results"]]


def test_unaccented_query_finds_accented_word_and_back(site_pages, client):
    for query in ("velo", "vélo", "VÉLO"):
        found = titles(client.get("/search/", {"q": query}))
        assert sorted(found) == ["Le vélo à Ivry", "Un velo partagé"], query


def test_results_are_only_in_the_visitors_language(site_pages, client):
    assert titles(client.get("/en/search/", {"q": "velo"})) == ["Cycling in Ivry vélo"]
    assert "Cycling in Ivry vélo" not in titles(client.get("/search/", {"q": "velo"}))


def test_titles_highlight_the_terms_and_stay_escaped(site_pages, client):
    html = client.get("/search/", {"q": "velo"}).content.decode()
    assert "Le <mark>vélo</mark> à Ivry" in html


def test_highlight_escapes_markup_in_titles_and_queries():
    assert highlight("<b>vélo</b> & co", "velo <script>") == (
        "&lt;b&gt;<mark>vélo</mark>&lt;/b&gt; &amp; co"
    )


def test_no_results_page_says_so(site_pages, client):
    response = client.get("/search/", {"q": "zzzzqqqq"})
    assert response.status_code == 200
    assert "Aucun résultat" in response.content.decode() or "No results" in (
        response.content.decode()
    )
    assert titles(response) == []


def test_empty_query_lists_nothing_quickly(site_pages, client):
    response = client.get("/search/", {"q": "   "})
    assert response.status_code == 200
    assert list(response.context["results"]) == []


def test_ten_thousand_character_query_answers_quickly(site_pages, client):
    started = time.monotonic()
    response = client.get("/search/", {"q": "vélo " * 2000})
    assert response.status_code == 200
    assert time.monotonic() - started < 2
    assert len(response.context["query"]) <= 200


@pytest.mark.parametrize("query", ["\x00", "vélo\x00"])
def test_a_nul_in_the_query_gets_the_request_not_understood_page(
    site_pages, client, query
):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 400
    assert "<h1>" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "'",
        '"',
        "&|!",
        "a:*",
        "(",
        "))",
        "\\",
        "%",
        "-",
        "—",
        "🙂",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "vélo & !école",
        "*",
    ],
)
def test_odd_characters_never_break_the_search(site_pages, client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


def test_results_are_paginated_and_keep_the_query(
    db, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        home = HomePageFactory()
        for number in range(12):
            ContentPageFactory(parent=home, title=f"Jardin partagé {number}")
    first = client.get("/search/", {"q": "jardin"})
    assert first.context["page_obj"].paginator.count == 12
    assert len(first.context["results"]) == 10
    html = first.content.decode()
    assert '<nav class="pagination" aria-label="Pages de résultats">' in html
    assert 'href="?q=jardin&amp;page=2"' in html
    assert 'aria-current="page"' in html
    second = client.get("/search/", {"q": "jardin", "page": 2})
    assert len(second.context["results"]) == 2
    assert client.get("/search/", {"q": "jardin", "page": "999"}).status_code == 200


class ListResults(list):
    def count(self):
        return len(self)


def test_other_modules_can_add_their_own_results(site_pages):
    proposals = SearchSource(
        name="proposals",
        label="Proposal",
        search=lambda query, locale, request: ListResults(
            ["Plus de vélos", "Vélo-école"]
        ),
        to_hit=lambda text: SearchHit(title=text, url="/p/", label="Proposal"),
    )
    with (
        translation.override("fr"),
        hooks.register_temporarily(
            "register_search_source", lambda: proposals, order=1000
        ),
    ):
        results = CombinedResults("velo", Locale.get_active())
        assert results.count() == 4
        assert [hit.title for hit in results[1:3]] == [
            "Un velo partagé",
            "Plus de vélos",
        ] or [hit.title for hit in results[1:3]] == ["Le vélo à Ivry", "Plus de vélos"]
        assert [hit.title for hit in results[3:10]] == ["Vélo-école"]
