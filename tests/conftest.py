import os

import pytest

# Playwright drives the browser from the test thread while the live server runs.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    """Restore what the migrations wrote before each transactional test.

    A transactional test empties the database when it ends; the root page,
    root collection, locales, staff roles and proposal statuses written by the
    migrations are then gone for the next one. Serialised rollback puts them
    back, so every transactional test starts from a freshly migrated database.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is None or not marker.kwargs.get("transaction"):
            continue
        if marker.kwargs.get("serialized_rollback"):
            continue
        kwargs = {**marker.kwargs, "serialized_rollback": True}
        item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_ballot_box():
    """What a process keeps of the votes' rules does not outlive a test's data."""
    from participation.votes import ballot_box

    ballot_box.forget()
    yield
    ballot_box.forget()


@pytest.fixture
def demo_site(db, django_capture_on_commit_callbacks):
    """The whole demo content, as `manage.py load_demo` builds it."""
    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (CI=true) a skipped test fails the run: a check that did not run
    must not pass silently because a tool is missing."""
    report = yield
    if os.environ.get("CI", "").lower() == "true" and report.skipped:
        if not hasattr(report, "wasxfail"):
            reason = (
                report.longrepr[-1]
                if isinstance(report.longrepr, tuple)
                else report.longrepr
            )
            report.outcome = "failed"
            report.longrepr = f"Skipped in CI (CI=true), which fails the run: {reason}"
    return report


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; skipped locally when the browser
    tools are missing (`make test` installs them)."""
    from tests.browser.support import launch_chromium, missing_browser_tools

    missing = missing_browser_tools()
    if missing:
        pytest.skip(f"browser tools missing: {', '.join(missing)}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()
