"""Where the language switcher leads, and what the main menu lists."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale


def nearest_translation(page, locale):
    """The page's translation in `locale`, else its nearest translated ancestor."""
    for candidate in [page, *reversed(page.get_ancestors().filter(depth__gt=1))]:
        translated = candidate.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated
    return None


def language_links(request, page=None, route=""):
    """One entry per site language: code, name, url, and whether it is current.

    `route` is the part of the address after the page when a route of the page
    is shown (`organisations/<slug>/`): kept when the page itself is translated."""
    current = translation.get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if page is not None and code in locales:
            target = nearest_translation(page, locales[code])
            url = target.url if target is not None else None
            if url and route and target.translation_key == page.translation_key:
                url += route
        if url is None:
            url = translate_url(request.get_full_path() if request else "/", code)
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current}
        )
    return links


def home_links(request):
    """One entry per site language leading to that language's home page."""
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            home = localized_home(request) if request is not None else None
            url = (
                home.url if home is not None and home.url else translate_url("/", code)
            )
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


def main_menu(request):
    home = localized_home(request)
    if home is None:
        return None, []
    return home, list(home.get_children().live().in_menu().specific(defer=True))
