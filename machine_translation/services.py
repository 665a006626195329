"""Writing the cache: translate a text with the configured service and keep it."""

import logging

from django.apps import apps
from django.core.cache import cache
from django.db import transaction

from machine_translation import backends
from machine_translation.models import MachineTranslation, text_hash

logger = logging.getLogger(__name__)

# While a text waits for the worker, the pages that show it do not queue it
# again (a reload, many readers at once); after this long they may.
REQUEST_SECONDS = 120


def cached(text, source, target):
    return MachineTranslation.objects.filter(
        source_hash=text_hash(text), source_language=source, target_language=target
    ).first()


def translate_and_store(text, source, target):
    """Translate `text` from `source` to `target` unless the cache has it, and
    keep the translation; None when the service is absent or failed (logged).

    The network call is made outside any transaction; the write is one
    transaction, and a row another worker wrote meanwhile wins.
    """
    found = cached(text, source, target)
    if found is not None:
        return found
    backend = backends.get_backend()
    if backend is None or not text.strip():
        return None
    try:
        translated = backend.translate(text, source, target)
    except backends.TranslationError as error:
        logger.warning("Machine translation %s→%s failed: %s", source, target, error)
        cache.delete(request_key(text, source, target))  # a later page may retry
        return None
    with transaction.atomic():
        row, _created = MachineTranslation.objects.get_or_create(
            source_hash=text_hash(text),
            source_language=source,
            target_language=target,
            defaults={"text": translated, "backend": backend.name},
        )
    return row


def request_key(text, source, target):
    return f"machine-translation:{source}:{target}:{text_hash(text)}"


def request_translation(text, source, target):
    """Queue the translation of `text` for the worker, once per while.

    Only a row in the task queue is written: the page never waits on the service.
    """
    from machine_translation.tasks import translate_text

    if cache.add(request_key(text, source, target), True, REQUEST_SECONDS):
        translate_text.enqueue(text, source, target)


# The texts the site translates, by model label: what `prune` keeps.
SOURCES = {
    "participation.Proposal": ("title", "text", "official_answer"),
    "participation.Comment": ("body",),
    "climate_plan.ActionUpdate": ("text",),
}


def prune():
    """Forget the translations of texts the site no longer shows (a comment
    deleted or edited, a proposal corrected): a resident's erased words do
    not live on in another language. Returns how many were deleted."""
    kept = set()
    for label, fields in SOURCES.items():
        model = apps.get_model(label)
        for values in model._base_manager.values_list(*fields).iterator():
            kept.update(text_hash(value) for value in values if value)
    with transaction.atomic():
        stale = MachineTranslation.objects.exclude(source_hash__in=kept)
        deleted, _by_model = stale.delete()
    return deleted
