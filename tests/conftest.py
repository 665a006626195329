import os

import pytest

# Playwright drives the browser from the test thread while the live server runs.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo_site(db, django_capture_on_commit_callbacks):
    """The whole demo content, as `manage.py load_demo` builds it."""
    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")
