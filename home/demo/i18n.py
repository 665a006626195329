"""Demo texts in three languages, and their translation through wagtail-localize.

Content is written once in French (the source locale) with its English and
Spanish versions beside it. `Catalogue` remembers every pair so that, once the
French page is saved, `translate()` fills wagtail-localize's string
translations and publishes the English and Spanish pages: exactly what a
translator does in the admin, without the clicks.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.typography import french_spacing

TARGET_LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class T:
    """One text in French, English and Spanish."""

    fr: str
    en: str
    es: str

    def __str__(self):
        return self.fr


class Catalogue:
    def __init__(self):
        self.entries = {}

    def __call__(self, fr, en, es):
        """Record a text and return its French source, spaced as French
        typography wants (a no-break space before : ; ? ! and inside « »)."""
        return self.add(T(fr, en, es))

    def add(self, text):
        text = T(french_spacing(text.fr), text.en, text.es)
        self.entries[text.fr] = text
        return text.fr

    def lookup(self, source, language):
        text = self.entries.get(source)
        return getattr(text, language) if text else None


def translate(instance, catalogue, languages=TARGET_LANGUAGES):
    """Create or update the instance's translations from the catalogue.

    Returns the strings that had no translation (they fall back to French), so a
    test can assert the demo leaves none.
    """
    missing = []
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    segments = list(
        StringSegment.objects.filter(source=source).select_related("string", "context")
    )
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        # One query to read the existing translations, one to add the new ones.
        existing = {
            (t.translation_of_id, t.context_id): t
            for t in StringTranslation.objects.filter(
                locale=locale, translation_of__in=[s.string_id for s in segments]
            )
        }
        new, changed = [], []
        for segment in segments:
            text = catalogue.lookup(segment.string.data, language)
            if text is None and not any(c.isalpha() for c in segment.string.data):
                text = segment.string.data  # numbers and symbols read the same
            if text is None:
                missing.append(segment.string.data)
                continue
            current = existing.get((segment.string_id, segment.context_id))
            if current is None:
                new.append(
                    StringTranslation(
                        translation_of_id=segment.string_id,
                        locale=locale,
                        context_id=segment.context_id,
                        data=text,
                    )
                )
                existing[(segment.string_id, segment.context_id)] = new[-1]
            elif current.data != text:
                current.data = text
                changed.append(current)
        StringTranslation.objects.bulk_create(new)
        StringTranslation.objects.bulk_update(changed, ["data"])
        is_page = isinstance(instance, Page)
        with transaction.atomic():
            translated, _created = source.create_or_update_translation(
                locale, publish=not is_page, copy_parent_pages=True, fallback=True
            )
            if is_page:
                # Publish now, not on commit: inside an outer transaction (the
                # tests' demo fixture) the deferred publish saves a stale copy
                # of the page and resets its child count, hiding its children.
                translated.get_latest_revision().publish()
    return missing
