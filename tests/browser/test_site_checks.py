"""The site-wide gate: every page type and URL pattern, in every language, in a
real browser — status, axe-core (WCAG 2.1 AA), the Nu HTML Checker, `lang`, and
no console errors. All problems are reported together."""

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from tests.browser.crawler import Crawl, language_of
from tests.browser.support import PageVisitor, html_errors

NOT_FOUND_SLUG = "cette-page-n-existe-pas/"


def language_prefixes():
    return [
        "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        for code, _name in settings.LANGUAGES
    ]


def entry_points():
    """(path, expected status) visited whatever the links say."""
    entries = [("/admin/login/", 200), ("/sitemap.xml", 200)]
    for prefix in language_prefixes():
        entries += [
            (prefix, 200),
            (f"{prefix}search/", 200),
            (f"{prefix}search/?q=climat", 200),
            (f"{prefix}search/?q=zzzzqqqq", 200),
            (f"{prefix}accounts/login/", 200),
            (f"{prefix}{NOT_FOUND_SLUG}", 404),
        ]
    return entries


def one_page_per_type_and_locale():
    """A live page of each type in each language, linked from the menu or not."""
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        key = (page.content_type_id, page.locale_id)
        if key not in seen:
            seen.add(key)
            yield page.url


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_page_passes_accessibility_html_and_language_checks(
    live_server, browser, django_capture_on_commit_callbacks, tmp_path
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)

    crawl = Crawl(live_server.url)
    for path, status in entry_points():
        crawl.add(live_server.url + path, expected_status=status, force=True)
    for url in one_page_per_type_and_locale():
        crawl.add(live_server.url + url, force=True)

    context = browser.new_context(locale="fr-FR")
    visitor = PageVisitor(context.new_page())
    problems, html = [], {}
    for url, expected_status in crawl:
        visit = visitor.visit(url, expected_status)
        path = url.removeprefix(live_server.url)
        if visit.status != expected_status:
            problems.append(
                f"{path}: status {visit.status}, expected {expected_status}"
            )
        if visit.lang != language_of(path):
            problems.append(
                f"{path}: <html lang={visit.lang!r}>, expected {language_of(path)!r}"
            )
        problems += [f"{path}: console error {error}" for error in visit.console_errors]
        problems += [f"{path}: {violation}" for violation in visit.violations]
        html[path] = visit.html
        if visit.status == 200:
            for link in visit.links:
                crawl.add(link)
    for feed in sorted(crawl.feeds):
        status = context.request.get(feed).status
        if status != 200:
            problems.append(
                f"{feed.removeprefix(live_server.url)}: feed status {status}"
            )
    context.close()

    for path, errors in html_errors(html, tmp_path).items():
        problems += [f"{path}: {error}" for error in errors]

    assert len(html) >= 3 * len(language_prefixes()), sorted(html)
    assert not problems, (
        f"{len(problems)} problems on {len(html)} pages:\n" + "\n".join(problems)
    )
