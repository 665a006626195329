"""The demo caches a few machine translations, and its translator (the
default of `make run`) shows them without any network."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from climate_plan.models import ActionUpdate
from machine_translation import backends, demo
from machine_translation.models import MachineTranslation, text_hash
from participation.models import Comment, Proposal


@pytest.fixture
def demo_translator(settings):
    settings.AGIR_MACHINE_TRANSLATION = {"backend": "demo", "show_by_default": False}


def test_every_demo_translation_is_cached_for_a_text_of_the_demo(demo_site):
    texts = {
        *Comment.objects.values_list("body", flat=True),
        *Proposal.objects.values_list("official_answer", flat=True),
        *ActionUpdate.objects.values_list("text", flat=True),
    }
    for original, language, translations in demo.TRANSLATIONS:
        assert original in texts
        cached = MachineTranslation.objects.filter(
            source_hash=text_hash(original), source_language=language
        )
        assert dict(cached.values_list("target_language", "text")) == translations


def test_an_english_reader_of_the_demo_reads_a_french_comment_in_english(
    client, demo_site, demo_translator
):
    original, _language, translations = demo.TRANSLATIONS[0]
    comment = Comment.objects.filter(body=original).first()
    english = comment.discussion.subject(Locale.objects.get(language_code="en"))
    with translation.override("en"):
        url = english.url
    html = client.get(url).content.decode()
    assert "Translate to English" in html
    html = client.get(url + "?translate=1").content.decode()
    assert translations["en"] in html
    assert "Machine translated from French" in html


def test_the_demo_translator_knows_only_the_demos_texts(demo_translator):
    backend = backends.get_backend()
    original, language, translations = demo.TRANSLATIONS[-1]
    assert backend.translate(original, language, "es") == translations["es"]
    with pytest.raises(backends.TranslationError):
        backend.translate("Un texte inconnu", "fr", "en")
