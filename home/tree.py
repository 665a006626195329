"""Reading the page tree for many pages at once."""

from django.db.models import Q
from wagtail.models import Page


def children_of(pages):
    """{parent's path: [its live children, specific, in tree order]} for all
    `pages`, in one query per page type found."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    below = Q()
    for page in pages:
        below |= Q(path__startswith=page.path, depth=page.depth + 1)
    found = {}
    for child in Page.objects.live().filter(below).order_by("path").specific():
        found.setdefault(child.path[: -Page.steplen], []).append(child)
    return found
