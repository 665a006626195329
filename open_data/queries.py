"""Which rows open data may show: pages a visitor could read, in their language.

A page is public when it is live, every page above it is live, and neither
it nor any page above it carries a view restriction (a password, sign-in or
group: the API is read anonymously). Checked in SQL, in one subquery, so a
listing costs the same whatever the tree.
"""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Substr
from wagtail.models import Locale, Page


def hidden_ancestor(steplen=Page.steplen):
    """Pages (the page itself included) above OuterRef that hide it."""
    return Page.objects.filter(
        Q(live=False) | Q(view_restrictions__isnull=False),
        path=Substr(OuterRef("path"), 1, F("depth") * steplen),
    )


def public(queryset):
    """`queryset` (of pages) narrowed to the pages an anonymous visitor may read."""
    return queryset.live().filter(~Exists(hidden_ancestor()))


def source_locale():
    return Locale.get_default()


def localized(pages, locale=None):
    """{page id: its public translation in `locale` (default: the active one),
    or None when there is none}, in one query. Pages of one type come back of
    that type."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    kinds = {type(page) for page in pages}
    model = kinds.pop() if len(kinds) == 1 else Page
    locale = locale or Locale.get_active()
    by_key = {
        page.translation_key: page
        for page in public(model.objects.all()).filter(
            locale=locale, translation_key__in={page.translation_key for page in pages}
        )
    }
    return {page.pk: by_key.get(page.translation_key) for page in pages}


def translated(pages, locale=None):
    """{page id: its public translation, or the page itself when untranslated}."""
    found = localized(pages, locale)
    return {page.pk: found.get(page.pk) or page for page in pages if page is not None}
