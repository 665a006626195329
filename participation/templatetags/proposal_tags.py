"""`{% proposals_for_objective page %}`: "born from N proposals" on an objective.

Works on any translation of the objective: proposals point at the source page.
"""

from django import template
from wagtail.models import Locale

from participation.models import Proposal

register = template.Library()

SHOWN = 10


@register.inclusion_tag("participation/includes/proposals_for_objective.html")
def proposals_for_objective(page, limit=SHOWN):
    source = page
    default = Locale.get_default()
    if page.locale_id != default.pk:
        source = page.get_translation_or_none(default) or page
    proposals = (
        Proposal.objects.public()
        .filter(objectives=source)
        .select_related("status")
        .order_by("-support_count", "reference")
    )
    return {
        "count": proposals.count(),
        "proposals": list(proposals[:limit]),
        "objective_id": source.pk,
    }
