"""Which links the site-wide check follows, and how it samples them.

Every page type and every URL pattern is visited in each language, but only a
few instances of each (`PER_KIND`), so the run stays within minutes however
much content the site grows.
"""

from collections import Counter, deque
from urllib.parse import urldefrag, urlsplit

from django.conf import settings
from django.test import RequestFactory
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page

PER_KIND = 3  # pages visited per (language, page type or URL pattern)
PER_QUERY_KIND = 2  # links with a query string visited per (language, pattern)
# The open data API (/api/) answers JSON and CSV for programs, not pages.
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/django-admin/", "/api/")
CHECKED_ADMIN_PATHS = ("/admin/login/",)
FEED_SUFFIXES = (".ics", ".xml", ".rss", ".atom", "/rss/", "/atom/", "/feed/")


def language_of(path):
    """The language a path is served in: its prefix, else the default one."""
    first = path.lstrip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    if first in codes and first != settings.LANGUAGE_CODE:
        return first
    return settings.LANGUAGE_CODE


def kind_of(path):
    """A name for what serves `path`: the page type (and its route) for Wagtail
    pages, the URL pattern for other views."""
    language = language_of(path)
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return "not-found"
        if match.url_name != "wagtail_serve":
            return match.view_name or match.route
        request = RequestFactory().get(path)
        page_path = match.kwargs.get("path") or (match.args[0] if match.args else "")
        route = Page.route_for_request(request, page_path)
        if route is None:
            return "not-found"
        page, args, _kwargs = route
        label = page.specific_class._meta.label_lower
        view = getattr(args[0], "__name__", "") if args else ""
        # A routable page's sub-routes (not its index) are URL patterns of their own.
        return f"{label}:{view}" if view and view != "index_route" else label


class Crawl:
    """A breadth-first crawl of one origin with per-kind sampling."""

    def __init__(self, origin):
        self.origin = origin.rstrip("/")
        self.queue = deque()
        self.seen = set()
        self.visits_per_kind = Counter()
        self.feeds = set()

    def add(self, url, expected_status=200, force=False):
        """Queue a link if the crawl should follow it; `force` bypasses sampling."""
        url, _fragment = urldefrag(url)
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            return
        path = parts.path or "/"
        if path.startswith(SKIPPED_PREFIXES) and path not in CHECKED_ADMIN_PATHS:
            return
        if path.startswith(settings.MEDIA_URL):
            return
        if url in self.seen:
            return
        self.seen.add(url)
        if path.endswith(FEED_SUFFIXES):
            self.feeds.add(url)
            return
        key = (language_of(path), kind_of(path), bool(parts.query))
        limit = PER_QUERY_KIND if parts.query else PER_KIND
        if not force and self.visits_per_kind[key] >= limit:
            return
        self.visits_per_kind[key] += 1
        self.queue.append((url, expected_status))

    def __iter__(self):
        while self.queue:
            yield self.queue.popleft()
