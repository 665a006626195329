"""What a crawler and a resident's mail client see of the site's address."""

import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Site

from participation.models import ProposalStatus
from tests.factories.comments import make_discussed_page
from tests.factories.proposals import ProposalFactory

pytestmark = pytest.mark.django_db

XHTML_LINK = re.compile(
    r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"'
)


def sitemap_entries(client):
    """{location: {hreflang: href}} of /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    entries = {}
    for block in re.findall(r"<url>(.*?)</url>", response.content.decode(), re.S):
        location = re.search(r"<loc>(.*?)</loc>", block).group(1)
        entries[location] = dict(XHTML_LINK.findall(block))
    return entries


def test_the_sitemap_lists_every_language_with_hreflang_alternates(client):
    make_discussed_page(languages=("en", "es"))
    call_command("set_site_host", "https://agir.ivry.example")
    entries = sitemap_entries(client)
    french = "https://agir.ivry.example/parlons-en/"
    english = "https://agir.ivry.example/en/parlons-en/"
    spanish = "https://agir.ivry.example/es/parlons-en/"
    assert {french, english, spanish} <= set(entries)
    assert entries[english] == {
        "fr": french,
        "en": english,
        "es": spanish,
        "x-default": french,
    }
    assert not any("localhost" in location for location in entries)


def test_the_sitemap_lists_public_proposals_in_every_language_but_no_hidden_one(
    client, call
):
    call_command("set_site_host", "https://agir.ivry.example")
    shown = ProposalFactory(call=call, reference="P-2021-0001")
    ProposalFactory(
        call=call,
        reference="P-2021-0002",
        status=ProposalStatus.objects.get(code="submitted"),
    )
    entries = sitemap_entries(client)
    french = "https://agir.ivry.example/participation/propositions/P-2021-0001/"
    assert entries[french]["en"] == (
        "https://agir.ivry.example/en/participation/propositions/P-2021-0001/"
    )
    assert entries[french]["x-default"] == french
    assert shown.reference in str(entries)
    assert "P-2021-0002" not in str(entries)


def test_robots_txt_points_crawlers_to_the_sitemap_on_the_real_host(client, home):
    call_command("set_site_host", "https://agir.ivry.example")
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: https://agir.ivry.example/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /en/accounts/" in text


def test_set_site_host_defaults_to_the_configured_address(settings, home):
    settings.WAGTAILADMIN_BASE_URL = "https://agir.ivry.example:8443/"
    call_command("set_site_host")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("agir.ivry.example", 8443)


@pytest.mark.parametrize(
    "url", ["agir.example", "ftp://agir.example", "https://a.example/x/"]
)
def test_set_site_host_refuses_what_is_not_a_site_address(home, url):
    with pytest.raises(CommandError):
        call_command("set_site_host", url)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)


def test_pages_link_to_the_host_the_command_set(client, home):
    call_command("set_site_host", "https://agir.ivry.example")
    home.refresh_from_db()
    assert home.get_full_url() == "https://agir.ivry.example/"
