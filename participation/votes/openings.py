"""The open votes, as the home page and the header offer them."""

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from home.open_now import Opening, blocks_holding
from participation.models import VoteCampaign


def open_now(now):
    """One opening per open vote, real votes before trial ones: its ballot's page."""
    campaigns = VoteCampaign.objects.filter(
        opens_at__lte=now, closes_at__gt=now, certified_at__isnull=True
    ).order_by("is_trial", "closes_at")
    openings = []
    for campaign in campaigns:
        for page, block in blocks_holding(campaign, "vote_widget", "campaign"):
            openings.append(
                Opening(
                    kind="vote",
                    label=_("Trial vote") if campaign.is_trial else _("Citizen vote"),
                    rank=30 if campaign.is_trial else 10,
                    title=block.value["heading"] or page.title,
                    text=strip_tags(block.value["intro"].source),
                    url=f"{page.url}#block-{block.id}",
                    action=_("Try the ballot")
                    if campaign.is_trial
                    else pgettext("call to action", "Vote"),
                    until=campaign.closes_at,
                )
            )
            break
    return openings
