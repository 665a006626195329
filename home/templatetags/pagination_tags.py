from django import template

register = template.Library()


@register.filter
def elided_page_range(page_obj):
    """Page numbers around the current one, with "…" for the gaps."""
    return page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=1, on_ends=1
    )
