"""Pages in the reader's language.

Participation data and cross-links point at one row of a page (often the
source-language one); visitors read its live translation in their language
when there is one. One query maps any number of pages to their translations.
"""

from django.utils import translation
from wagtail.models import Page


def localized_pages(pages, locale=None):
    """{page id: its live translation in `locale` (default: the active one), or
    the page itself}, in one query. Pages of one type come back of that type."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    kinds = {type(page) for page in pages}
    model = kinds.pop() if len(kinds) == 1 else Page
    # The active language's locale through a join, not a query of its own.
    in_locale = (
        {"locale": locale}
        if locale is not None
        else {"locale__language_code": translation.get_language()}
    )
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(
            translation_key__in={page.translation_key for page in pages},
            **in_locale,
        )
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}
