"""The vote on any page: a ballot per theme (VoteWidgetBlock) and its results."""

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.typography import format_date

# Page models import this module through climate_site.body: participation models, forms
# and rules are imported when a block renders, not at import time.


def moment(value):
    """A date and a time in the reader's language ("28 novembre 2021 à 20 h")."""
    return format_date(value, with_time=True)


def campaign_dates(campaign):
    return {
        "opens_label": moment(campaign.opens_at),
        "closes_label": moment(campaign.closes_at),
    }


class CampaignBlock(blocks.StructBlock):
    """A block about one vote campaign, with its own heading and introduction."""

    campaign = SnippetChooserBlock(
        "participation.VoteCampaign", label=_("Vote campaign")
    )
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=200, required=False, default=""
    )
    intro = blocks.RichTextBlock(
        label=_("Introduction"),
        features=["bold", "italic", "link"],
        required=False,
        default="",
    )


class VoteWidgetBlock(CampaignBlock):
    def get_context(self, value, parent_context=None):
        from participation.votes import ballots, rules
        from participation.votes.forms import BallotForm

        context = super().get_context(value, parent_context)
        parent_context = parent_context or {}
        request = context.get("request")
        campaign = value["campaign"]
        if campaign is None:
            return context
        block_id = context.get("block_id")
        page = context.get("page")
        on_page = page is not None and block_id
        state, voter = ballots.current_voter(request, campaign)
        voted = ballots.voted_on(campaign, voter)
        bound = parent_context.get("bound_forms", {}).get(block_id)
        themes = []
        # Only a voter sees the themes (ballots or "you voted"): anonymous pages
        # stay cheap and cacheable.
        for campaign_theme, title, options in (
            ballots.ballot_themes(campaign) if voter else []
        ):
            form = None
            if voter is not None and campaign_theme.theme_id not in voted:
                if (
                    isinstance(bound, BallotForm)
                    and bound.campaign_theme.pk == campaign_theme.pk
                ):
                    form = bound
                else:
                    form = BallotForm(campaign_theme, options)
            voted_on = voted.get(campaign_theme.theme_id)
            step_id = ballots.step_id(block_id, campaign_theme)
            themes.append(
                {
                    "campaign_theme": campaign_theme,
                    "title": title,
                    "voted_on": voted_on,
                    "outcome": ballots.take_outcome(request, campaign_theme)
                    if voted_on
                    else None,
                    "step_id": step_id,
                    "outcome_url": f"{page.url}#{step_id}" if on_page else "",
                    "form": form,
                    "hidden": [("theme", campaign_theme.pk)],
                    "cast_url": reverse(
                        "participation:vote_ballot", args=[campaign_theme.pk]
                    ),
                }
            )
        context.update(
            campaign=campaign,
            action_url=page.block_action_url(block_id) if on_page else "",
            block_url=page.block_url(block_id) if on_page else "",
            state=state,
            voter=voter,
            themes=themes,
            phase=rules.phase(campaign),
            **campaign_dates(campaign),
            has_code=voter is not None and voter.channel == "code",
        )
        return context

    class Meta:
        icon = "tasks"
        label = _("Vote")
        template = "participation/blocks/vote_widget.html"


class VoteResultsBlock(CampaignBlock):
    def get_context(self, value, parent_context=None):
        from participation.votes import ballots, rules

        context = super().get_context(value, parent_context)
        campaign = value["campaign"]
        if campaign is None:
            return context
        visible = rules.results_visible(campaign)
        context.update(
            campaign=campaign,
            # Typed by staff in the site's language, whatever the page's.
            certified_by=format_html(
                '<span lang="{}">{}</span>',
                settings.LANGUAGE_CODE,
                campaign.certified_by_name,
            ),
            visible=visible,
            phase=rules.phase(campaign),
            **campaign_dates(campaign),
            results=ballots.titled_results(campaign) if visible else [],
        )
        return context

    class Meta:
        icon = "list-ol"
        label = _("Vote results")
        template = "participation/blocks/vote_results.html"
