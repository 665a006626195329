"""Serve anonymous GETs from the page cache, and fill it.

A request is served from the cache only when it carries no session: a signed-in
resident, a voter holding a code, anyone with a message waiting or a kept draft
has one, and always gets a fresh page. An answer is kept only when nothing in
it is personal: a 200 to a request without a session that sets no cookie (so
no CSRF token was rendered), did not open a session, is not marked private or
no-store, and whose Content-Security-Policy carries no nonce (a nonce must
never be served twice).

Place it after LocaleMiddleware (the language is part of the key) and before
SessionMiddleware's inner neighbours that set cookies (CSRF), so their cookies
are seen here.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from page_cache import store

KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "Link",
    "Vary",
    "Content-Disposition",
    "X-Frame-Options",
)
MAX_PATH = 2000


def may_serve_from_cache(request):
    """Whether this request may get a shared answer: anonymous, no session."""
    return (
        getattr(settings, "AGIR_PAGE_CACHE", True)
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and len(request.get_full_path()) <= MAX_PATH
        and not request.path.startswith(("/admin/", "/django-admin/"))
    )


def may_keep(request, response):
    """Whether this answer holds nothing personal and may be shared."""
    session = getattr(request, "session", None)
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (session is not None and (session.modified or session.session_key))
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
        and "nonce-" not in response.get("Content-Security-Policy", "")
        # Belt and braces: a form's token must never be shared.
        and b"csrfmiddlewaretoken" not in response.content
    )


def entry_of(response):
    return {
        "content": response.content,
        "headers": [(h, response[h]) for h in KEPT_HEADERS if h in response],
    }


def response_of(entry):
    response = HttpResponse(entry["content"])
    for header, value in entry["headers"]:
        response[header] = value
    response["X-Page-Cache"] = "hit"
    revalidate(response)
    return response


def revalidate(response):
    """Shared answers are public, but browsers and proxies revalidate them:
    a purge must reach every reader at once."""
    patch_cache_control(response, public=True, max_age=0)
    cdn_seconds = getattr(settings, "AGIR_CDN_SECONDS", 0)
    if cdn_seconds:
        # A CDN may keep it that long: Wagtail purges it there on publish, but
        # a comment or a proposal shows there only when this delay ends.
        patch_cache_control(response, s_maxage=cdn_seconds)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_serve_from_cache(request):
            return self.get_response(request)
        entry_key = store.key(
            request.get_host(),
            getattr(request, "LANGUAGE_CODE", ""),
            request.get_full_path(),
        )
        entry = store.get(entry_key)
        if entry is not None:
            return response_of(entry)
        response = self.get_response(request)
        if may_keep(request, response):
            store.put(entry_key, entry_of(response))
            response["X-Page-Cache"] = "miss"
            revalidate(response)
        return response
