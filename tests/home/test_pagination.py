"""The one pager of every list: elided page numbers, the other query parameters
kept, the current page marked, every word translated."""

import html
import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation


def render(number, pages=1000, query="", **params):
    request = RequestFactory().get(f"/list/{query}")
    page_obj = Paginator(range(pages), 1).get_page(number)
    return render_to_string(
        "includes/pagination.html", {"page_obj": page_obj, **params}, request=request
    )


def hrefs(text):
    return [html.unescape(href) for href in re.findall(r'href="([^"]*)"', text)]


def page_numbers(text):
    """The numbers of the page links, in order (previous and next left out)."""
    return [
        int(number)
        for number in re.findall(r'visually-hidden">[^<]*</span>(\d+)</a>', text)
    ]


def test_a_thousand_pages_print_a_bounded_number_of_links():
    text = render(500)
    assert page_numbers(text) == [1, 498, 499, 500, 501, 502, 1000]
    assert len(hrefs(text)) < 15
    # The gaps are plain text, not links.
    assert text.count('<span class="pagination__gap">…</span>') == 2
    assert not re.search(r"<a [^>]*>…", text)


def test_the_ends_show_their_neighbours_and_no_dead_link():
    first = render(1)
    assert page_numbers(first) == [1, 2, 3, 1000]
    assert 'rel="prev"' not in first and 'rel="next"' in first
    last = render(1000)
    assert page_numbers(last) == [1, 998, 999, 1000]
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_the_current_page_is_marked_once():
    text = render(7, pages=20)
    current = re.findall(r'<a href="([^"]*)" aria-current="page">', text)
    assert [html.unescape(href) for href in current] == ["?page=7"]


def test_other_query_parameters_are_kept_and_page_replaced():
    text = render(3, pages=10, query="?q=v%C3%A9lo&sort=random&seed=7&page=3")
    links = hrefs(text)
    assert links and all(
        link.startswith("?q=v%C3%A9lo&sort=random&seed=7&page=") for link in links
    )
    assert "?q=v%C3%A9lo&sort=random&seed=7&page=4" in links
    assert all(link.count("page=") == 1 for link in links)


def test_the_parameter_and_the_anchor_are_the_lists_own():
    text = render(2, pages=5, query="?page=3", param="comments_page", anchor="comments")
    links = hrefs(text)
    assert "?page=3&comments_page=1#comments" in links
    assert all(link.endswith("#comments") and "page=3&" in link for link in links)


def test_a_single_page_prints_nothing():
    assert render(1, pages=1).strip() == ""


def test_the_navigation_is_named_and_translated():
    with translation.override("fr"):
        text = render(2, pages=3, label="Pages de résultats")
        default = render(2, pages=3)
    assert '<nav class="pagination" aria-label="Pages de résultats">' in text
    assert 'aria-label="Pages"' in default
    assert "Page précédente" in text and "Page suivante" in text
    with translation.override("es"):
        text = render(2, pages=3)
    assert 'aria-label="Páginas"' in text and "Página siguiente" in text
