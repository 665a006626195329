"""The open calls for proposals, as the home page and the header offer them."""

from django.utils.translation import gettext as _

from home.open_now import Opening, blocks_holding
from participation.models import ProposalCall


def open_now(now):
    """One opening per open call (closing soonest first): its form's page."""
    calls = ProposalCall.objects.filter(opens_at__lte=now, closes_at__gt=now)
    openings = []
    for call in calls.order_by("closes_at"):
        for page, block in blocks_holding(call, "proposal_form", "call"):
            openings.append(
                Opening(
                    kind="propose",
                    label=_("Call for proposals"),
                    rank=20,
                    title=block.value["heading"] or page.title,
                    text=block.value["intro"],
                    url=f"{page.url}#block-{block.id}",
                    action=_("Make a proposal"),
                    until=call.closes_at,
                )
            )
            break
    return openings
