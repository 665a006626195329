"""The evolving exhibition: new badges and the Atom feed of panels per language."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.utils import timezone

from climate_plan.models import ExhibitionPage, ExhibitPanelPage

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def exhibition(home):
    page = ExhibitionPage(title="Exposition", slug="exposition", new_badge_days=30)
    home.add_child(instance=page)
    now = timezone.now()
    for slug, days in [("ancien", 400), ("recent", 5)]:
        panel = ExhibitPanelPage(
            title=f"Panneau {slug}", slug=slug, intro=f"Texte {slug}"
        )
        page.add_child(instance=panel)
        panel.save_revision().publish()
        ExhibitPanelPage.objects.filter(pk=panel.pk).update(
            first_published_at=now - datetime.timedelta(days=days)
        )
    draft = ExhibitPanelPage(title="Panneau à venir", slug="a-venir", live=False)
    page.add_child(instance=draft)
    return page


@pytest.mark.django_db
def test_only_recent_panels_carry_the_new_badge(client, exhibition):
    html = client.get(exhibition.url).content.decode()

    recent = html.index("Panneau recent")
    old = html.index("Panneau ancien")
    assert recent < old  # newest first
    assert html.count("badge--new") == 1
    assert "badge--new" in html[recent : recent + 200]
    assert "Panneau à venir" not in html


@pytest.mark.django_db
def test_feed_lists_published_panels_newest_first(client, exhibition):
    response = client.get(exhibition.url + "feed/")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Panneau recent",
        "Panneau ancien",
    ]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.endswith("/exposition/recent/")
    assert entries[0].findtext(f"{ATOM}summary") == "Texte recent"


@pytest.mark.django_db
def test_a_scheduled_panel_enters_the_feed_once_published(client, exhibition):
    draft = ExhibitPanelPage.objects.get(slug="a-venir")
    draft.save_revision().publish()

    feed = ET.fromstring(client.get(exhibition.url + "feed/").content)

    assert feed.findall(f"{ATOM}entry")[0].findtext(f"{ATOM}title") == "Panneau à venir"


@pytest.mark.django_db
def test_the_feed_links_to_the_sites_public_address(client, exhibition):
    call_command("set_site_host", "https://agir.ivry.example")
    feed = client.get(exhibition.url + "feed/").content.decode()
    assert 'href="https://agir.ivry.example/exposition/recent/"' in feed
    assert "https://agir.ivry.example/exposition/feed/" in feed
    assert "localhost" not in feed and "testserver" not in feed
