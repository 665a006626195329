import os

import pytest
from django.core.cache import cache
from django.db import transaction

from tests import databases, migrated_rows
from tests.factories.accounts import UserFactory
from tests.factories.pages import home_page
from tests.factories.plan import plan
from tests.factories.proposals import NeighbourhoodFactory, ProposalCallFactory
from tests.participation.proposal_helpers import make_proposal_page
from tests.servers import redis_client, servers  # noqa: F401  (fixtures)

# Playwright drives the browser from the test thread while the live server runs.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# The database -------------------------------------------------------------

TRANSACTIONAL_FIXTURES = {
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
}
DB_FIXTURES = {"db", *TRANSACTIONAL_FIXTURES}


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
    tmp_path_factory,
):
    """The migrated test database, with a copy of the rows the migrations wrote
    for transactional tests to start from.

    Under xdist each worker gets a copy of one template migrated once per run
    (tests/databases.py); in one process, or with `--reuse-db`, pytest-django's
    own setup migrates (or reuses) the database.
    """
    from django.test.utils import setup_databases, teardown_databases

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    keepdb = django_db_keepdb and not django_db_createdb
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        if worker and not keepdb:
            # The workers of one run share the parent of their base temp dirs.
            run_dir = tmp_path_factory.getbasetemp().parent
            original = databases.setup_worker_database(worker, run_dir)
            migrated_rows.attach()
        else:
            config = setup_databases(verbosity, interactive=False, keepdb=keepdb)
            migrated_rows.keep()
            migrated_rows.restore()
    yield
    if keepdb:
        return
    with django_db_blocker.unblock():
        if worker:
            databases.teardown_worker_database(original)
        else:
            teardown_databases(config, verbosity=verbosity)


def pytest_sessionfinish(session):
    """The run's controller drops the template its xdist workers copied."""
    config = session.config
    distributed = config.pluginmanager.getplugin("dsession") is not None
    keepdb = config.getoption("reuse_db") and not config.getoption("create_db")
    if not distributed or keepdb:
        return
    from pytest_django.plugin import blocking_manager_key

    with config.stash[blocking_manager_key].unblock():
        databases.drop_template()


@pytest.fixture(autouse=True)
def _migrated_database(request):
    """Every database test starts from the database as the migrations left it.

    The flush that ends a transactional test also removes the migrations' rows
    (root page, locales, staff roles, proposal statuses...): they are put back
    from the copy taken once per session, in one SQL statement per table.
    """
    marker = request.node.get_closest_marker("django_db")
    fixtures = set(request.fixturenames)
    if marker is None and not DB_FIXTURES & fixtures:
        yield
        return
    request.getfixturevalue("_django_db_helper")
    migrated_rows.restore()
    yield
    transactional = (marker is not None and marker.kwargs.get("transaction")) or (
        TRANSACTIONAL_FIXTURES & fixtures
    )
    if transactional:
        migrated_rows.flushed()


# Per-test state kept by the process --------------------------------------


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached lookups do not outlive a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request served in
    another language leaves it active in the thread, and `reverse()` in the
    next test would then build that language's addresses."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_ballot_box():
    """What a process keeps of the votes' rules does not outlive a test's data."""
    from participation.votes import ballot_box

    ballot_box.forget()
    yield
    ballot_box.forget()


# Shared content -------------------------------------------------------------


@pytest.fixture
def home(db):
    """The French home page, root of the default site."""
    return home_page()


@pytest.fixture
def resident(db):
    """A resident with a verified email address."""
    return UserFactory(email="amina@example.org", display_name="Amina")


@pytest.fixture
def themes(home):
    """A plan of three themes, each of two objectives of one action."""
    return plan(themes=3, objectives=2, actions=1)


@pytest.fixture
def neighbourhood(db):
    return NeighbourhoodFactory(name="Centre-ville", slug="centre-ville")


@pytest.fixture
def call(themes):
    return ProposalCallFactory(title="Appel 2021")


@pytest.fixture
def proposal_page(home, call):
    """A published page with the call's proposal form and list blocks."""
    return make_proposal_page(home, call)


# The demo -------------------------------------------------------------------


class SharedDemo:
    """The demo content loaded once, in a transaction that the tests reading it
    share: each of them runs in a savepoint inside it, and the transaction is
    rolled back after the last of them (they are collected one after another,
    on one xdist worker)."""

    def __init__(self):
        self.atomic = None
        self.blocker = None

    def open(self, blocker):
        self.blocker = blocker
        with blocker.unblock():
            migrated_rows.restore()
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            load_demo()

    def close(self):
        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None


shared_demo = SharedDemo()


def load_demo():
    """What `manage.py load_demo` builds, its on-commit work (search index) done."""
    from django.core.management import call_command
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", verbosity=0)


def uses_demo(item):
    return item is not None and "demo_site" in getattr(item, "fixturenames", ())


@pytest.fixture(scope="session")
def _shared_demo(django_db_setup, django_db_blocker):
    # Session-scoped, so set up before the test's own transaction opens.
    shared_demo.open(django_db_blocker)
    yield shared_demo
    shared_demo.close()


@pytest.fixture
def demo_site(_shared_demo, db):
    """The whole demo content, as `manage.py load_demo` builds it (read it, or
    change it: the test's savepoint is rolled back)."""
    from home.models import HomePage

    if _shared_demo.atomic is None:
        # A test run apart from the others (selected alone, say) loads its own.
        load_demo()
    return HomePage.objects.get(locale__language_code="fr")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if uses_demo(item) and not uses_demo(nextitem):
        shared_demo.close()
    return result


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """The tests reading the demo go last and on one xdist worker: they share
    one load of the demo. pytest-django's reordering (database tests first,
    then transactional ones), done next, keeps them together at the end of the
    database tests; xdist's grouping, done after, reads their `xdist_group`."""
    demo = [item for item in items if uses_demo(item)]
    for item in demo:
        item.add_marker(pytest.mark.xdist_group("demo"))
    items[:] = [item for item in items if not uses_demo(item)] + demo


# Continuous integration and the browser ------------------------------------


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
