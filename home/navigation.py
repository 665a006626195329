"""Where the language switcher leads, and what the main menu lists.

Both are read from the database once per site, language and content
generation (home.chrome), in two queries at most.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from home import chrome


def nearest_translation(page, locale):
    """The page's translation in `locale`, else its nearest translated ancestor."""
    for candidate in [page, *reversed(page.get_ancestors().filter(depth__gt=1))]:
        translated = candidate.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated
    return None


def page_translations(page):
    """{language code: (url of the page in that language, else of its nearest
    translated ancestor; whether it is the page itself)}, in two queries."""
    steps = Page.steplen
    # The page and its ancestors below the tree's root, nearest first.
    paths = [page.path[:end] for end in range(len(page.path), steps, -steps)]
    keys = dict(
        Page.objects.filter(path__in=paths).values_list("path", "translation_key")
    )
    found = {}
    for translated in (
        Page.objects.live()
        .filter(translation_key__in=keys.values())
        .select_related("locale")
        .only("id", "path", "url_path", "translation_key", "locale", "live")
    ):
        found[(translated.translation_key, translated.locale.language_code)] = (
            translated
        )
    links = {}
    for code, _name in settings.LANGUAGES:
        for position, path in enumerate(paths):
            translated = found.get((keys.get(path), code))
            if translated is not None and translated.url:
                links[code] = (translated.url, position == 0)
                break
    return links


def cached_page_translations(request, page):
    return chrome.remember(
        request, "translations", lambda: page_translations(page), page.pk
    )


def language_links(request, page=None, route=""):
    """One entry per site language: code, name, url, whether it is current,
    and whether the page itself exists in that language.

    `route` is the part of the address after the page when a route of the page
    is shown (`organisations/<slug>/`): kept when the page itself is translated."""
    current = translation.get_language()
    targets = cached_page_translations(request, page) if isinstance(page, Page) else {}
    links = []
    for code, name in settings.LANGUAGES:
        url, exact = targets.get(code, (None, False))
        if url is not None and exact and route:
            url += route
        if url is None:
            url = translate_url(request.get_full_path() if request else "/", code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "exact": exact,
            }
        )
    return links


def home_links(request):
    """One entry per site language leading to that language's home page."""
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = home_url(request)
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current}
        )
    return links


def localized_home(request):
    """The home page in the visitor's language (or the default one)."""
    site_root = request.site.root_page if getattr(request, "site", None) else None
    if site_root is None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
        if site is None:
            return None
        site_root = site.root_page
    return site_root.localized


def menu(request):
    """{"home": the home page's URL, "items": [{title, url, path}]} in the
    visitor's language, or None without a site."""

    def build():
        home = localized_home(request)
        if home is None:
            return None
        return {
            "home": home.url or translate_url("/", translation.get_language()),
            "items": [
                {"title": item.title, "url": item.url, "path": item.path}
                for item in home.get_children().live().in_menu()
                if item.url
            ],
        }

    return chrome.remember(request, "menu", build) if request is not None else None


def home_url(request):
    found = menu(request)
    return found["home"] if found else translate_url("/", translation.get_language())


def breadcrumbs(request, page):
    """[{title, url}] of the page's ancestors below the tree's root, the home
    page first."""

    def build():
        return [
            {"title": ancestor.title, "url": ancestor.url}
            for ancestor in page.get_ancestors().filter(depth__gt=1)
        ]

    return chrome.remember(request, "breadcrumbs", build, page.pk)
