import unicodedata

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale

from search.sources import CombinedResults

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


# Control characters (NUL, which PostgreSQL refuses, bidi controls), and
# punctuation and symbols: words are what is searched, and a stray quote or
# bracket is a syntax error to SQLite's full-text engine.
DROPPED_CATEGORIES = ("C", "P", "S")


def clean_query(raw):
    """The query as searched: only its words, spaces collapsed, length capped."""
    text = "".join(
        " " if unicodedata.category(char).startswith(DROPPED_CATEGORIES) else char
        for char in raw[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search(request):
    """Full-text search in the visitor's language over every registered source."""
    query = clean_query(request.GET.get("q", ""))
    results = CombinedResults(query, Locale.get_active(), request) if query else []
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "page_obj": page_obj, "results": page_obj.object_list},
    )
