"""How the site-wide check picks the pages it visits (no browser needed)."""

import pytest

from tests.browser.crawler import PER_KIND, Crawl, kind_of, language_of
from tests.factories.pages import ContentPageFactory, HomePageFactory

ORIGIN = "http://localhost:8081"


@pytest.fixture
def home(db):
    home = HomePageFactory()
    for number in range(5):
        ContentPageFactory(parent=home, title=f"Page {number}", slug=f"page-{number}")
    return home


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/", "fr"),
        ("/en/", "en"),
        ("/es/search/", "es"),
        ("/enquete/", "fr"),
        ("/xx/", "fr"),
    ],
)
def test_the_language_of_a_path_is_its_prefix_or_the_default(path, language):
    assert language_of(path) == language


def test_pages_are_told_apart_by_type_and_views_by_url_pattern(home):
    assert kind_of("/") == "home.homepage"
    assert kind_of("/page-1/") == "home.contentpage"
    assert kind_of("/search/") == "site_search:search"
    assert kind_of("/nowhere/") == "not-found"


def test_a_few_pages_of_each_kind_are_visited(home):
    crawl = Crawl(ORIGIN)
    for number in range(5):
        crawl.add(f"{ORIGIN}/page-{number}/")
    crawl.add(f"{ORIGIN}/")
    visited = [url for url, _status in crawl]
    assert len(visited) == PER_KIND + 1
    assert f"{ORIGIN}/" in visited


def test_entry_points_are_visited_whatever_the_sampling(home):
    crawl = Crawl(ORIGIN)
    for number in range(5):
        crawl.add(f"{ORIGIN}/page-{number}/", force=True)
    assert len(list(crawl)) == 5


def test_other_origins_admin_documents_media_and_fragments_are_left_out(home):
    crawl = Crawl(ORIGIN)
    for url in [
        "https://example.org/",
        f"{ORIGIN}/admin/pages/",
        f"{ORIGIN}/documents/1/plan.pdf",
        f"{ORIGIN}/media/images/a.jpg",
        f"{ORIGIN}/static/css/site.css",
        "mailto:climat@example.org",
        f"{ORIGIN}/page-1/",
        f"{ORIGIN}/page-1/#top",
    ]:
        crawl.add(url)
    crawl.add(f"{ORIGIN}/admin/login/")
    assert [url for url, _status in crawl] == [
        f"{ORIGIN}/page-1/",
        f"{ORIGIN}/admin/login/",
    ]


def test_feeds_are_only_checked_for_their_status(home):
    crawl = Crawl(ORIGIN)
    crawl.add(f"{ORIGIN}/agenda.ics")
    crawl.add(f"{ORIGIN}/sitemap.xml")
    assert list(crawl) == []
    assert crawl.feeds == {f"{ORIGIN}/agenda.ics", f"{ORIGIN}/sitemap.xml"}


def test_links_with_a_query_string_are_sampled_apart(home):
    crawl = Crawl(ORIGIN)
    for number in range(5):
        crawl.add(f"{ORIGIN}/search/?q=word{number}")
    crawl.add(f"{ORIGIN}/search/")
    assert len(list(crawl)) == 3  # two with a query, one without
