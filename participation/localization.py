"""Participation data points at source-locale pages; visitors read them in
their language. One query maps a set of source pages to their translations."""

from wagtail.models import Locale, Page


def localized_pages(pages):
    """{source page id: its live translation in the active locale (or itself)}, one query."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    active = Locale.get_active()
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale=active, translation_key__in={p.translation_key for p in pages}
        )
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}
