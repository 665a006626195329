"""Sections of the "My account" page that other modules contribute.

A module registers a callable `section(request, user)` returning a `Section`
(or None to show nothing) with the `register_account_section` Wagtail hook,
in its `wagtail_hooks` module:

    from wagtail import hooks

    from accounts.sections import Section

    @hooks.register("register_account_section", order=10)
    def my_proposals(request, user):
        proposals = Proposal.objects.filter(author=user)
        return Section(
            title=_("My proposals"),
            template="participation/account/my_proposals.html",
            context={"proposals": proposals},
        )

The template is rendered with the section's context plus `request` and
`account_user`. Sections show in ascending hook `order`, then by registration.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from wagtail import hooks

HOOK = "register_account_section"


@dataclass
class Section:
    title: str
    template: str
    context: dict = field(default_factory=dict)


def render_sections(request, user):
    """Each registered section rendered to HTML: [{"title", "id", "html"}]."""
    rendered = []
    for section_func in hooks.get_hooks(HOOK):
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
