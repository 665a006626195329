"""The site's public address, one source for pages, sitemap, feeds and emails.

Wagtail builds every page's full URL from the default Site record (its
hostname and port). `manage.py set_site_host` writes that record from
WAGTAILADMIN_BASE_URL (or an address given on the command line), so pages,
the sitemap, the Atom feed, iCalendar files and emails all carry the address
residents use, never "localhost".
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def base_url():
    """The site's address from the environment, without a trailing slash."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def site_root_url(request=None):
    """The root URL of the Wagtail site serving `request` (the default one)."""
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return base_url()
    return site.root_url


def absolute_url(path, request=None):
    """`path` (from reverse() or a page's url) as a full address on the site."""
    if urlsplit(path).scheme:
        return path
    return site_root_url(request).rstrip("/") + "/" + path.lstrip("/")


def parse_site_url(url):
    """(hostname, port) of an http(s) address; ValidationError if it is not one."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        parts = port = None
    if parts is None or parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValidationError(
            _(
                "Give the site's address as http(s)://host, like https://agir.example.org."
            )
        )
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValidationError(
            _("Give the site's address without a path, like https://agir.example.org.")
        )
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname, port or default_port


def set_site_host(url):
    """Point the default Wagtail Site at `url`; returns the Site."""
    from wagtail.models import Site

    hostname, port = parse_site_url(url)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return site


def on_site_host(url):
    """`url` with the scheme and host of the site's address (its path kept).

    Links built from a request carry the host the request came in by (behind
    a proxy, possibly an internal one); links sent by email carry the public one.
    """
    parts = urlsplit(url)
    site = urlsplit(base_url())
    return parts._replace(scheme=site.scheme, netloc=site.netloc).geturl()
