"""Proposals shown on plan and event pages.

`{% proposals_for_objective page %}`: "born from N proposals" on an objective;
`{% objective_summary page %}`: the approved summary of those proposals;
`{% proposals_collected_at page %}`: what residents proposed at an event. Both
work on any translation: proposals point at the source page.
"""

from django import template
from wagtail.models import Locale

from participation.models import Proposal

register = template.Library()

SHOWN = 10


def source_page(page):
    """The source-locale (French) page that proposals point at."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def most_supported(proposals, limit):
    proposals = proposals.select_related("status").order_by(
        "-support_count", "reference"
    )
    return {"count": proposals.count(), "proposals": list(proposals[:limit])}


@register.inclusion_tag("participation/includes/proposals_for_objective.html")
def proposals_for_objective(page, limit=SHOWN):
    source = source_page(page)
    return {
        **most_supported(Proposal.objects.public().filter(objectives=source), limit),
        "objective_id": source.pk,
    }


@register.inclusion_tag("participation/includes/objective_summary.html")
def objective_summary(page):
    """The approved summary of the proposals behind an objective, each
    sentence with the proposals it cites; nothing until approved."""
    from participation.summaries.queries import public_summary

    return {"sentences": public_summary(source_page(page))}


@register.inclusion_tag("participation/includes/proposals_collected_at.html")
def proposals_collected_at(event, limit=SHOWN):
    """The published proposals collected at an event (caravan stop, workshop)."""
    return most_supported(
        Proposal.objects.public().filter(event=source_page(event)), limit
    )
