"""What every request under /api/ goes through, before the page cache.

- It is read as an anonymous visitor's: its cookies and credentials are
  dropped and its session replaced by an empty one, so no sign-in, session or
  page password can change what it returns, and the page cache may share
  the answer (page_cache).
- Its language is `?locale=fr|en|es`, else the Accept-Language header, else
  French (LocaleMiddleware, before, only reads the address's prefix, and
  /api/ has none); the page cache keys on it.
- Other sites may read it from a browser (CORS): any origin, GET, HEAD and
  OPTIONS only, never with credentials. Writing methods are refused.
- A client (per network address, climate_site.client) gets AGIR_API_RATE_LIMIT
  requests per minute, counted in the shared cache, cached answers included;
  beyond, a 429 with a JSON error in its language.

Place it after SessionMiddleware and LocaleMiddleware, before the page cache.
"""

from importlib import import_module

from django.conf import settings
from django.http import JsonResponse
from django.utils import timezone, translation
from django.utils.translation import gettext

from climate_site import ratelimit
from climate_site.client import client_address, rate_limit_identity

PREFIX = "/api/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language",
    "Access-Control-Expose-Headers": "Content-Language, Content-Disposition, Retry-After",
    "Access-Control-Max-Age": "86400",
}
PERIOD = 60
STRIPPED = ("HTTP_COOKIE", "HTTP_AUTHORIZATION")


def limit():
    return getattr(settings, "AGIR_API_RATE_LIMIT", 120)


def retry_after():
    """Seconds until the current window ends (ratelimit's windows start on
    multiples of the period)."""
    return PERIOD - int(timezone.now().timestamp()) % PERIOD


def language(request):
    """?locale= when the site has that language, else Accept-Language."""
    code = request.GET.get("locale", "")
    if code in dict(settings.LANGUAGES):
        return code
    return translation.get_language_from_request(request)


def anonymous(request):
    """Forget whatever the request carries that could tell who sends it."""
    for name in STRIPPED:
        request.META.pop(name, None)
    request.COOKIES = {}
    engine = import_module(settings.SESSION_ENGINE)
    request.session = engine.SessionStore()


def error(status, message, **headers):
    response = JsonResponse({"detail": gettext(message)}, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


class OpenDataMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        anonymous(request)
        request.LANGUAGE_CODE = language(request)
        translation.activate(request.LANGUAGE_CODE)
        response = self.answer(request)
        for name, value in CORS_HEADERS.items():
            response[name] = value
        return response

    def answer(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path_info or "%00" in query or "\x00" in query:
            # PostgreSQL refuses NUL in any text (climate_site.errors).
            return error(400, "This address holds a character that cannot be read.")
        if request.method == "OPTIONS":
            response = JsonResponse({})
            response["Allow"] = ", ".join(READ_METHODS)
            return response
        if request.method not in READ_METHODS:
            return error(
                405,
                "The open data is read-only: only GET, HEAD and OPTIONS are accepted.",
                Allow=", ".join(READ_METHODS),
            )
        identity = rate_limit_identity(client_address(request))
        if not ratelimit.allow("open-data", identity, limit(), PERIOD):
            return error(
                429,
                "Too many requests: wait a minute, then try again.",
                **{"Retry-After": str(retry_after())},
            )
        return self.get_response(request)
