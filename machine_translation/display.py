"""What a page shows of a text written in another language than the reader's:
a "Translate to …" link, the cached translation (labelled, the original one
click away), or a note that it was requested.

A page turns translations on with `?translate=1` (off with `?translate=0`;
on by default when the settings say so). Views and tags call `prefetch()`
with every text they are about to show: one query per page section finds the
cached translations, the missing ones are queued for the worker. Nothing here
waits on the translation service.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, get_language_info

from machine_translation import backends, services
from machine_translation.models import MachineTranslation, text_hash

PARAMETER = "translate"


@dataclass
class Shown:
    """One text as the page shows it. `state`: "" (as written: same language,
    no translator), "offer" (a link to translate), "pending" (queued) or
    "translated"."""

    original: str
    source: str
    state: str = ""
    target: str = ""
    translation: str = ""
    offer_url: str = ""

    @property
    def translated(self):
        return self.state == "translated"

    @property
    def text(self):
        return self.translation if self.translated else self.original

    @property
    def lang(self):
        return self.target if self.translated else self.source

    @property
    def source_name(self):
        return _language_name(self.source)

    @property
    def target_name(self):
        return _language_name(self.target)


# Readers whose language writes language names in lower case inside a
# sentence ("traduire en anglais", "traducir al inglés"), unlike English.
LOWER_CASE_NAMES = {"fr", "es", "it", "pt", "ca", "ro"}


def _language_name(code):
    try:
        name = str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
    return name.lower() if reader_language() in LOWER_CASE_NAMES else name


def reader_language():
    return backends.base_language(get_language() or settings.LANGUAGE_CODE)


def translations_on(request):
    """Whether this page shows translations rather than links to them."""
    config = backends.configuration()
    if config is None:
        return False
    chosen = request.GET.get(PARAMETER) if request is not None else None
    if chosen in ("0", "1"):
        return chosen == "1"
    return bool(config.get("show_by_default"))


def _needs_translation(text, source, target):
    return bool(text and text.strip()) and backends.base_language(source) != target


def _found(request):
    if not hasattr(request, "_machine_translations"):
        request._machine_translations = {}
    return request._machine_translations


def prefetch(request, texts):
    """Look up, in one query, the cached translations of `texts` ((text,
    source language) pairs) into the reader's language; queue the missing ones.

    Does nothing (no query) when translations are not shown on this page.
    """
    if request is None or not translations_on(request):
        return
    target = reader_language()
    wanted = {
        (text_hash(text), backends.base_language(source)): text
        for text, source in texts
        if _needs_translation(text, source, target)
    }
    found = _found(request)
    wanted = {key: text for key, text in wanted.items() if key not in found}
    if not wanted:
        return
    rows = MachineTranslation.objects.filter(
        target_language=target,
        source_hash__in={key[0] for key, _text in wanted.items()},
    ).values_list("source_hash", "source_language", "text")
    cached = {(digest, source): text for digest, source, text in rows}
    for (digest, source), text in wanted.items():
        found[(digest, source)] = cached.get((digest, source))
        if found[(digest, source)] is None:
            services.request_translation(text, source, target)


def _offer_url(request, anchor):
    query = request.GET.copy()
    query[PARAMETER] = "1"
    return f"{request.path}?{query.urlencode()}" + (f"#{anchor}" if anchor else "")


def show(request, text, source, anchor=""):
    """How `text`, written in `source`, appears to this page's reader."""
    source = backends.base_language(source or settings.LANGUAGE_CODE)
    shown = Shown(original=text or "", source=source)
    target = reader_language()
    if (
        request is None
        or backends.configuration() is None
        or not _needs_translation(text, source, target)
    ):
        return shown
    shown.target = target
    if not translations_on(request):
        shown.state = "offer"
        shown.offer_url = _offer_url(request, anchor)
        return shown
    key = (text_hash(text), source)
    if key not in _found(request):
        prefetch(request, [(text, source)])  # a text no view announced
    translation = _found(request).get(key)
    if translation:
        shown.state, shown.translation = "translated", translation
    else:
        shown.state = "pending"
    return shown
