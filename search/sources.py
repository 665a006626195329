"""What the site search looks through.

Live pages in the visitor's language are always searched (this app's
`wagtail_hooks` registers them first). Another module adds its own results
(proposals, say) with the `register_search_source` Wagtail hook, in its
`wagtail_hooks` module; the hook returns a `SearchSource`:

    from search.sources import SearchHit, SearchSource

    @hooks.register("register_search_source", order=10)
    def proposals_source():
        return SearchSource(
            name="proposals",
            label=_("Proposal"),
            search=lambda query, locale, request: Proposal.objects.public().search(query),
            to_hit=lambda proposal: SearchHit(proposal.title, proposal.get_absolute_url()),
        )

`search(query, locale, request)` returns something sliceable with a `count()`
(Wagtail search results are), so results stay paginated in the database.
Results list source after source, in ascending hook `order`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, Site

HOOK = "register_search_source"


@dataclass(frozen=True)
class SearchHit:
    """One result as the results page shows it."""

    title: str
    url: str
    summary: str = ""
    label: str = ""


@dataclass(frozen=True)
class SearchSource:
    name: str
    label: Any
    search: Callable  # (query, locale, request) -> sliceable results with count()
    to_hit: Callable  # result object -> SearchHit


def registered_sources():
    """Every registered source, in the hooks' order."""
    return [hook() for hook in hooks.get_hooks(HOOK)]


def search_pages(query, locale, request=None):
    """Live public pages of the site in `locale`, most relevant first."""
    pages = Page.objects.live().public().filter(locale=locale)
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        pages = pages.descendant_of(site.root_page.localized, inclusive=True)
    return pages.specific().search(query)


def page_hit(page):
    return SearchHit(
        title=page.title,
        url=page.url or "",
        summary=page.search_description or getattr(page, "intro", "") or "",
    )


def pages_source():
    return SearchSource(
        name="pages", label=_("Page"), search=search_pages, to_hit=page_hit
    )


class CombinedResults:
    """The results of every source, one after the other, paginated lazily:
    only the slice a page of results shows is fetched."""

    def __init__(self, query, locale, request=None, sources=None):
        self.parts = []
        for source in registered_sources() if sources is None else sources:
            results = source.search(query, locale, request)
            self.parts.append((source, results, results.count()))

    def count(self):
        return sum(total for _source, _results, total in self.parts)

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        if not isinstance(window, slice):
            raise TypeError("CombinedResults only supports slicing")
        start, stop = window.start or 0, window.stop
        hits, offset = [], 0
        for source, results, total in self.parts:
            if stop is not None and offset >= stop:
                break
            low = max(start - offset, 0)
            high = total if stop is None else min(stop - offset, total)
            if low < high:
                hits += [source.to_hit(item) for item in results[low:high]]
            offset += total
        return hits
