"""What crawlers and browsers ask for at the root: /robots.txt, /favicon.ico."""

from django.conf import settings
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from climate_site.site_host import absolute_url

# Private or endless areas: the admin, sign-in and account pages, search
# results (one per query); in every language's prefix.
PRIVATE_PREFIXES = ["accounts/", "account/", "search/"]


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        language = "" if code == settings.LANGUAGE_CODE else f"{code}/"
        lines += [f"Disallow: /{language}{prefix}" for prefix in PRIVATE_PREFIXES]
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'), request)}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page links.

    The static address is looked up per request, not when the URLconf loads:
    the hashed name exists only once `collectstatic` has run."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
