"""One setting from the environment names the translator of residents' words
and, derived from it, wagtail-localize's translator of pages."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue

from climate_site.settings.translator import (
    machine_translation,
    wagtail_localize_translator,
)


class Locale:
    def __init__(self, code):
        self.language_code = code


def test_no_translator_unless_the_environment_names_one():
    assert machine_translation({}) is None
    assert wagtail_localize_translator(machine_translation({})) is None


def test_libretranslate_from_the_environment():
    config = machine_translation(
        {
            "AGIR_MACHINE_TRANSLATION_BACKEND": "LibreTranslate",
            "AGIR_MACHINE_TRANSLATION_URL": "http://translate.internal:5000/",
            "AGIR_MACHINE_TRANSLATION_API_KEY": "secret",
            "AGIR_MACHINE_TRANSLATION_BY_DEFAULT": "true",
        }
    )
    assert config == {
        "backend": "libretranslate",
        "url": "http://translate.internal:5000",
        "api_key": "secret",
        "timeout": 10.0,
        "show_by_default": True,
    }
    assert wagtail_localize_translator(config) == {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": "http://translate.internal:5000",
            "API_KEY": "secret",
            "TIMEOUT": 10.0,
        },
    }


@pytest.mark.parametrize(
    "key, host",
    [("abc:fx", "https://api-free.deepl.com"), ("abc", "https://api.deepl.com")],
)
def test_a_deepl_free_key_goes_to_the_free_host_and_a_pro_key_to_the_pro_one(key, host):
    config = machine_translation(
        {
            "AGIR_MACHINE_TRANSLATION_BACKEND": "deepl",
            "AGIR_MACHINE_TRANSLATION_API_KEY": key,
        }
    )
    assert config["url"] == host
    assert not config["show_by_default"]
    derived = wagtail_localize_translator(config)
    assert derived["OPTIONS"]["AUTH_KEY"] == key
    translator = DeepLTranslator(derived["OPTIONS"])
    assert translator.get_api_endpoint() == f"{host}/v2/translate"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"AGIR_MACHINE_TRANSLATION_BACKEND": "babelfish"}, "not a known"),
        (
            {"AGIR_MACHINE_TRANSLATION_BACKEND": "libretranslate"},
            "AGIR_MACHINE_TRANSLATION_URL",
        ),
        (
            {"AGIR_MACHINE_TRANSLATION_BACKEND": "deepl"},
            "AGIR_MACHINE_TRANSLATION_API_KEY",
        ),
        (
            {
                "AGIR_MACHINE_TRANSLATION_BACKEND": "deepl",
                "AGIR_MACHINE_TRANSLATION_API_KEY": "k",
                "AGIR_MACHINE_TRANSLATION_TIMEOUT": "soon",
            },
            "seconds",
        ),
    ],
)
def test_an_incomplete_configuration_stops_the_site_with_what_to_set(env, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translation(env)


def test_wagtail_localize_translates_pages_with_the_same_libretranslate(
    libretranslate, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = wagtail_localize_translator(
        settings.AGIR_MACHINE_TRANSLATION
    )
    translator = get_machine_translator()
    assert isinstance(translator, LibreTranslator)
    source = StringValue.from_plaintext("Le plan climat")
    translated = translator.translate(Locale("fr"), Locale("en"), [source])
    assert translated[source].data == "[fr→en] Le plan climat"
    (request,) = libretranslate.requests
    assert request["json"]["api_key"] == "test-key"


def test_the_demo_translator_pairs_with_wagtail_localizes_dummy_one():
    config = machine_translation({"AGIR_MACHINE_TRANSLATION_BACKEND": "demo"})
    assert config["backend"] == "demo"
    assert wagtail_localize_translator(config) == {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }


def test_production_refuses_the_demo_translator():
    from tests.climate_site.test_production_settings import run

    result = run(
        ["-c", "import django; django.setup()"],
        DJANGO_SECRET_KEY="s" * 50,
        AGIR_VOTER_KEY_SECRET="v" * 50,
        AGIR_MACHINE_TRANSLATION_BACKEND="demo",
    )
    assert result.returncode != 0
    assert "AGIR_MACHINE_TRANSLATION_BACKEND=demo" in result.stderr
