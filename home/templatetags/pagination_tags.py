"""`{% page_links page_obj as pager %}`: what the pager of
templates/includes/pagination.html shows, page numbers elided around the
current one so that a list of a thousand pages still prints a dozen links."""

from dataclasses import dataclass

from django import template
from django.http import QueryDict

register = template.Library()

ON_EACH_SIDE = 2
ON_ENDS = 1


@dataclass(frozen=True)
class PageLink:
    """A page number and the query that leads to it; `number` is None for a gap."""

    number: int | None = None
    query: QueryDict | None = None
    current: bool = False


@dataclass(frozen=True)
class Pager:
    previous: PageLink | None
    pages: list
    next: PageLink | None


@register.simple_tag(takes_context=True)
def page_links(
    context, page_obj, param="page", on_each_side=ON_EACH_SIDE, on_ends=ON_ENDS
):
    """Previous, elided page numbers and next for `page_obj`.

    Each link's query is the request's with only `param` changed, so filters,
    sort and search stay as they are; `{% querystring %}` writes it. The
    parameter name varies (comments use their own, beside the page's list),
    which the tag's keyword arguments cannot express, hence a ready query.
    """
    request = context.get("request")
    base = request.GET if request is not None else QueryDict()

    def link(number):
        query = base.copy()
        query[param] = number
        return PageLink(number, query, current=number == page_obj.number)

    paginator = page_obj.paginator
    pages = [
        PageLink() if number == paginator.ELLIPSIS else link(number)
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]
    return Pager(
        previous=link(page_obj.previous_page_number())
        if page_obj.has_previous()
        else None,
        pages=pages,
        next=link(page_obj.next_page_number()) if page_obj.has_next() else None,
    )
