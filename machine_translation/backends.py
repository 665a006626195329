"""The services that translate text: LibreTranslate and DeepL, over HTTP.

Each backend turns one plain text into another language, or raises
`TranslationError` (unreachable, too slow, refused, out of quota, an answer it
cannot read): callers then keep showing the original. Only the background
worker calls them (machine_translation.tasks), never a page.
"""

import json
import logging
import urllib.error
import urllib.request

from django.conf import settings

logger = logging.getLogger(__name__)


class TranslationError(Exception):
    """The service gave no usable translation."""


def base_language(code):
    return (code or "").split("-")[0].lower()


class Backend:
    name = ""

    def __init__(self, url="", api_key="", timeout=10.0, **_options):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout

    def translate(self, text, source, target):
        raise NotImplementedError

    def post_json(self, path, payload, headers=None):
        """POST `payload` as JSON, the decoded JSON answer back."""
        request = urllib.request.Request(
            self.url + path,
            data=json.dumps(payload).encode(),
            headers={
                "Content-Type": "application/json",
                "Accept": "application/json",
                **(headers or {}),
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read().decode())
        except urllib.error.HTTPError as error:
            raise TranslationError(
                f"{self.name} answered {error.code}{self.refusal(error.code)}"
            ) from error
        except (OSError, ValueError) as error:  # unreachable, timeout, not JSON
            raise TranslationError(f"{self.name}: {error}") from error

    def refusal(self, status):
        return ""


class LibreTranslateBackend(Backend):
    """LibreTranslate (self-hostable): POST /translate {q, source, target, format, api_key}."""

    name = "libretranslate"

    def translate(self, text, source, target):
        payload = {
            "q": text,
            "source": base_language(source),
            "target": base_language(target),
            "format": "text",
        }
        if self.api_key:
            payload["api_key"] = self.api_key
        answer = self.post_json("/translate", payload)
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(translated, str) or not translated.strip():
            raise TranslationError(f"{self.name}: no translatedText in the answer")
        return translated

    def refusal(self, status):
        return {
            403: " (API key refused)",
            429: " (too many requests or quota reached)",
        }.get(status, "")


# DeepL wants a variant for some targets; the site's languages are European.
DEEPL_TARGETS = {"en": "EN-GB", "pt": "PT-PT"}


class DeepLBackend(Backend):
    """DeepL: POST /v2/translate, `Authorization: DeepL-Auth-Key …`; the free
    and pro hosts are chosen by the settings from the key."""

    name = "deepl"

    def translate(self, text, source, target):
        target = base_language(target)
        answer = self.post_json(
            "/v2/translate",
            {
                "text": [text],
                "source_lang": base_language(source).upper(),
                "target_lang": DEEPL_TARGETS.get(target, target.upper()),
            },
            headers={"Authorization": f"DeepL-Auth-Key {self.api_key}"},
        )
        try:
            translated = answer["translations"][0]["text"]
        except (KeyError, IndexError, TypeError):
            raise TranslationError(
                f"{self.name}: no translation in the answer"
            ) from None
        if not isinstance(translated, str) or not translated.strip():
            raise TranslationError(f"{self.name}: an empty translation")
        return translated

    def refusal(self, status):
        return {
            403: " (authentication key refused)",
            429: " (too many requests)",
            456: " (quota exceeded)",
        }.get(status, "")


class DemoBackend(Backend):
    """The demo's translator: no network, it knows only the demo's texts
    (machine_translation.demo); any other text stays in its original."""

    name = "demo"

    def translate(self, text, source, target):
        from machine_translation import demo

        translated = demo.known(text, base_language(source), base_language(target))
        if translated is None:
            raise TranslationError("the demo translator knows only the demo's texts")
        return translated


BACKENDS = {
    backend.name: backend
    for backend in (LibreTranslateBackend, DeepLBackend, DemoBackend)
}


def configuration():
    """The site's AGIR_MACHINE_TRANSLATION, or None when there is no translator."""
    config = getattr(settings, "AGIR_MACHINE_TRANSLATION", None)
    return config if config and config.get("backend") in BACKENDS else None


def get_backend():
    """The configured backend, or None."""
    config = configuration()
    if config is None:
        return None
    options = {key: value for key, value in config.items() if key != "backend"}
    return BACKENDS[config["backend"]](**options)
