"""`{% follow_button thing %}`: follow or stop following a proposal or a plan
page. Visitors who are not signed in get a sign-in link and nothing about
anyone, so the page stays shareable by the page cache."""

from django import template
from wagtail.models import Page

from notifications import queries, rules

register = template.Library()


@register.inclusion_tag("notifications/follow_button.html", takes_context=True)
def follow_button(context, thing):
    request = context.get("request")
    user = getattr(request, "user", None)
    signed_in = bool(getattr(user, "is_authenticated", False))
    if isinstance(thing, Page):
        target = f"page:{thing.pk}"
    else:
        target = f"proposal:{thing.reference}"
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "signed_in": signed_in,
        "can_follow": signed_in and rules.can_follow(user),
        "following": signed_in and queries.follow_of(user, thing) is not None,
        "target": target,
        "is_proposal": not isinstance(thing, Page),
    }
