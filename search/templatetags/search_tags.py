from django import template

from search.highlight import highlight

register = template.Library()


@register.filter
def highlight_terms(text, query):
    """{{ hit.title|highlight_terms:query }}: the title with the terms in <mark>."""
    return highlight(str(text), query or "")
