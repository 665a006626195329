import pytest

from tests.machine_translation.fake_servers import FakeDeepL, FakeLibreTranslate


def configure(settings, service, backend, **options):
    settings.AGIR_MACHINE_TRANSLATION = {
        "backend": backend,
        "url": service.url,
        "api_key": service.api_key,
        "timeout": 2.0,
        "show_by_default": False,
        **options,
    }


@pytest.fixture
def libretranslate(settings):
    """A fake LibreTranslate server, configured as the site's translator."""
    with FakeLibreTranslate() as service:
        configure(settings, service, "libretranslate")
        yield service


@pytest.fixture
def deepl(settings):
    """A fake DeepL server, configured as the site's translator."""
    with FakeDeepL() as service:
        configure(settings, service, "deepl")
        yield service


@pytest.fixture
def queued(settings):
    """Tasks wait in a queue instead of running at once: what a page does
    while the worker has not translated yet."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
    from django_tasks import task_backends

    backend = task_backends["default"]
    backend.clear()
    yield backend
