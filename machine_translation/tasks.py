"""The background work: asking the translation service, off any page."""

from django_tasks import task


@task()
def translate_text(text, source, target):
    """Translate one text and cache it (machine_translation.services)."""
    from machine_translation import services

    row = services.translate_and_store(text, source, target)
    return row is not None
