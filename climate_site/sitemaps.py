"""The sitemap: every published page in every language, and public proposals.

Each entry lists its translations as `hreflang` alternates (with French, the
default language, as x-default), so search engines serve residents the page
in their language. Addresses come from the Site record (climate_site.site_host).
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from climate_site.site_host import site_root_url


class PageSitemap(WagtailSitemap):
    """Live public pages under the site's root, in every locale."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        under_a_root = Q()
        for translated_root in roots:
            under_a_root |= Q(path__startswith=translated_root.path)
        return (
            Page.objects.filter(under_a_root)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for translation in (
            Page.objects.filter(translation_key__in={p.translation_key for p in pages})
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
        ):
            translations[translation.translation_key].append(translation)
        urls = []
        for item in pages:
            alternates = hreflang_alternates(
                (t.locale.language_code, t.get_full_url(self.request))
                for t in translations[item.translation_key]
            )
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": alternates})
        return urls


def hreflang_alternates(language_urls):
    """Alternates for the sitemap template; none for a page in one language."""
    alternates = [
        {"lang_code": code, "location": url} for code, url in language_urls if url
    ]
    if len(alternates) < 2:
        return []
    default = next(
        (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
    )
    if default:
        alternates.append({"lang_code": "x-default", "location": default["location"]})
    return alternates


class SiteAddressMixin:
    """Full addresses on the Site record's host, like Wagtail's pages."""

    def __init__(self, request=None):
        self.request = request

    def get_protocol(self, protocol=None):
        return urlsplit(site_root_url(self.request)).scheme

    def get_domain(self, site=None):
        return urlsplit(site_root_url(self.request)).netloc


class ProposalSitemap(SiteAddressMixin, DjangoSitemap):
    """Public proposals, each in every language of the site."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        from participation.models import Proposal

        return Proposal.objects.public().only("reference").order_by("pk")

    def location(self, proposal):
        return proposal.get_absolute_url()


SITEMAPS = {"pages": PageSitemap, "proposals": ProposalSitemap}


def sitemap(request):
    """/sitemap.xml: the sections above, each knowing the request's site."""
    from django.contrib.sitemaps.views import sitemap as django_sitemap

    return django_sitemap(
        request, {name: section(request) for name, section in SITEMAPS.items()}
    )
