"""Finding the page a URL names in one query, not two per path segment.

Wagtail routes a URL by asking each page in turn for the child with the next
slug, and loading that child's specific type: an action five levels down
costs ten queries before anything is drawn. `DirectRoutes` reads the whole
chain of descendants the URL names at once (by their `url_path`), then hands
the request to the deepest one, or to the first page on the way whose own
sub-routes claim the rest of the URL, exactly as Wagtail's walk would.
"""

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def claims(page, components):
    """Whether `page` answers `components` with one of its own sub-routes (as
    RoutablePageMixin does before looking at children), without loading it."""
    get_resolver = getattr(page.specific_class, "get_resolver", None)
    if get_resolver is None or not page.live:
        return False
    try:
        get_resolver().resolve("/" + "".join(f"{part}/" for part in components))
    except Resolver404:
        return False
    return True


def routes_itself(page):
    """Whether the page's type routes in its own way (then it decides)."""
    route = getattr(page.specific_class, "route", Page.route)
    return route not in (Page.route, RoutablePageMixin.route, DirectRoutes.route)


def route_below(page, request, components):
    """The route of `components` below `page`, in two queries (the chain of
    descendants, then the specific page that answers)."""
    prefixes = [
        page.url_path + "".join(f"{part}/" for part in components[:count])
        for count in range(1, len(components) + 1)
    ]
    chain = {
        found.url_path: found
        for found in Page.objects.filter(
            url_path__in=prefixes, path__startswith=page.path, depth__gt=page.depth
        )
    }
    parent = page
    for steps, prefix in enumerate(prefixes, start=1):
        child = chain.get(prefix)
        if child is None or child.depth != page.depth + steps:
            raise Http404
        rest = components[steps:]
        if not rest or claims(child, rest) or routes_itself(child):
            specific = child.specific
            # As Wagtail's walk does: the page knows its parent without a query.
            specific._cached_parent_obj = parent
            return specific.route(request, rest)
        parent = child
    raise Http404  # not reached: the last prefix leaves no rest


class DirectRoutes:
    """Page routing in one query for the chain below this page."""

    def route(self, request, path_components):
        if path_components and not claims(self, path_components):
            return route_below(self, request, path_components)
        return super().route(request, path_components)
