"""The translation services are asked over real HTTP (fake servers on
localhost), their failures leave no translation and no error behind, and a
text is asked once per language."""

import pytest
from django.db import IntegrityError

from machine_translation import backends, services
from machine_translation.models import MachineTranslation, text_hash
from machine_translation.tasks import translate_text

pytestmark = pytest.mark.django_db


def test_libretranslate_is_asked_in_its_own_api(libretranslate):
    row = services.translate_and_store("Plus de vélos", "fr", "en")
    assert row.text == "[fr→en] Plus de vélos"
    assert row.backend == "libretranslate"
    (request,) = libretranslate.requests
    assert request["path"] == "/translate"
    assert request["json"] == {
        "q": "Plus de vélos",
        "source": "fr",
        "target": "en",
        "format": "text",
        "api_key": "test-key",
    }


def test_deepl_is_asked_with_its_key_in_the_header_and_a_british_target(deepl):
    row = services.translate_and_store("Plus de vélos", "fr", "en")
    assert row.text == "[FR→EN-GB] Plus de vélos"
    (request,) = deepl.requests
    assert request["path"] == "/v2/translate"
    assert request["headers"]["Authorization"] == "DeepL-Auth-Key test-key:fx"
    assert request["json"]["text"] == ["Plus de vélos"]
    assert services.translate_and_store("Más árboles", "es", "fr").text == (
        "[ES→FR] Más árboles"
    )


@pytest.mark.parametrize("status", [400, 403, 429, 456, 500, 503])
@pytest.mark.parametrize("service", ["libretranslate", "deepl"])
def test_a_refusal_of_the_service_leaves_no_translation(request, service, status):
    fake = request.getfixturevalue(service)
    fake.fail_with = status
    assert services.translate_and_store("Bonjour", "fr", "en") is None
    assert not MachineTranslation.objects.exists()
    with pytest.raises(backends.TranslationError, match=str(status)):
        backends.get_backend().translate("Bonjour", "fr", "en")


def test_deepl_says_when_its_quota_is_exceeded(deepl):
    deepl.fail_with = 456
    with pytest.raises(backends.TranslationError, match="quota"):
        backends.get_backend().translate("Bonjour", "fr", "en")


def test_a_service_too_slow_to_answer_gives_up_at_the_timeout(libretranslate, settings):
    settings.AGIR_MACHINE_TRANSLATION = {
        **settings.AGIR_MACHINE_TRANSLATION,
        "timeout": 0.2,
    }
    libretranslate.delay = 1
    assert services.translate_and_store("Bonjour", "fr", "en") is None
    assert not MachineTranslation.objects.exists()


@pytest.mark.parametrize(
    "reply", [{"translatedText": ""}, {"other": "x"}, ["x"], b"<html>oops</html>"]
)
def test_an_answer_without_a_translation_is_not_kept(libretranslate, reply):
    libretranslate.reply = reply
    assert services.translate_and_store("Bonjour", "fr", "en") is None
    assert not MachineTranslation.objects.exists()


def test_an_unreachable_service_leaves_no_translation(libretranslate, settings):
    libretranslate.server.server_close()  # nobody listens there any more
    assert services.translate_and_store("Bonjour", "fr", "en") is None


def test_a_text_translated_once_is_never_asked_again(libretranslate):
    assert translate_text.enqueue("Bonjour", "fr", "en").return_value is True
    assert translate_text.enqueue("Bonjour", "fr", "en").return_value is True
    services.translate_and_store("Bonjour", "fr", "en")
    assert len(libretranslate.requests) == 1
    services.translate_and_store("Bonjour", "fr", "es")
    assert len(libretranslate.requests) == 2
    assert MachineTranslation.objects.count() == 2


def test_without_a_translator_nothing_is_asked(settings):
    settings.AGIR_MACHINE_TRANSLATION = None
    assert backends.get_backend() is None
    assert services.translate_and_store("Bonjour", "fr", "en") is None


def test_the_database_keeps_one_translation_per_text_and_language(db):
    fields = {
        "source_hash": text_hash("Bonjour"),
        "source_language": "fr",
        "target_language": "en",
        "backend": "deepl",
    }
    MachineTranslation.objects.create(text="Hello", **fields)
    with pytest.raises(IntegrityError):
        MachineTranslation.objects.create(text="Good morning", **fields)


def test_the_translation_of_a_deleted_comment_is_forgotten(db, resident):
    from django.core.management import call_command

    from participation.comments import services as comments
    from tests.factories.comments import make_discussed_page

    page = make_discussed_page(languages=())["fr"]
    kept = comments.post_comment(resident, page, "Bonjour", language="fr")
    erased = comments.post_comment(resident, page, "À effacer", language="fr")
    for text in ("Bonjour", "À effacer"):
        MachineTranslation.objects.create(
            source_hash=text_hash(text),
            source_language="fr",
            target_language="en",
            text=f"en: {text}",
            backend="deepl",
        )
    comments.delete_comment(resident, erased)
    call_command("prune_machine_translations", verbosity=0)
    assert list(MachineTranslation.objects.values_list("text", flat=True)) == [
        "en: Bonjour"
    ]
    assert kept.body == "Bonjour"
