"""Sections of the "My account" page that other modules contribute.

A module registers a callable `section(request, user)` returning a `Section`
(or None to show nothing), e.g. in its `apps.py` `ready()` or its
`wagtail_hooks` module:

    from accounts.sections import Section, register_section

    @register_section(order=10)
    def my_proposals(request, user):
        proposals = Proposal.objects.filter(author=user)
        return Section(
            title=_("My proposals"),
            template="participation/account/my_proposals.html",
            context={"proposals": proposals},
        )

The template is rendered with the section's context plus `request` and
`account_user`. Sections show in ascending `order`, then by registration.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.text import slugify


@dataclass
class Section:
    title: str
    template: str
    context: dict = field(default_factory=dict)


_registry = []


def register_section(func=None, *, order=100):
    """Register a section callable; usable bare or as `@register_section(order=…)`."""

    def decorator(section_func):
        if section_func not in [f for _, f in _registry]:
            _registry.append((order, section_func))
            _registry.sort(key=lambda item: item[0])
        return section_func

    return decorator(func) if func is not None else decorator


def unregister_section(func):
    _registry[:] = [(order, f) for order, f in _registry if f is not func]


def render_sections(request, user):
    """Each registered section rendered to HTML: [{"title", "id", "html"}]."""
    rendered = []
    for _order, section_func in _registry:
        section = section_func(request, user)
        if section is None:
            continue
        context = {**section.context, "account_user": user}
        rendered.append(
            {
                "title": section.title,
                "id": "section-" + slugify(section_func.__name__),
                "html": mark_safe(  # rendered by our own template, which escapes
                    render_to_string(section.template, context, request=request)
                ),
            }
        )
    return rendered
