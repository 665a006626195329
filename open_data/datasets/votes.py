"""Citizen votes as open data: certified results only, once published.

A campaign shows here when its count is certified and published (the rule of
the results block, `participation.votes.rules.results_visible`): before, its
ballots are sealed and nothing of them is counted, let alone shown. Results
are the figures stored at certification; nothing is counted here.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from open_data.datasets.base import Dataset, Field, attr, iso
from open_data.queries import public, translated
from participation.models import VoteCampaign
from participation.votes.results import campaign_results


def results(campaign, context):
    titles = context["titles"]
    return [
        {
            "theme_id": theme.theme,
            "theme": titles.get(theme.theme),
            "ballots": theme.ballots,
            "turnout": theme.turnout,
            "options": [
                {
                    "objective_id": row.option,
                    "objective": titles.get(row.option),
                    "rank": row.rank,
                    "points": row.points,
                    "first_preferences": row.first_preferences,
                    "share": row.share,
                }
                for row in theme.options
            ],
        }
        for theme in campaign_results(campaign)
    ]


def link(name):
    return lambda campaign, context: context["request"].build_absolute_uri(
        reverse(f"participation:{name}", args=[campaign.pk])
    )


class Votes(Dataset):
    slug = "votes"
    title = _("Vote results")
    description = _(
        "The certified results of each citizen vote, theme by theme, once "
        "published: points, first preferences and rank of each objective, and "
        "the ballot file to recount them."
    )

    def queryset(self):
        return (
            VoteCampaign.objects.filter(
                certified_at__isnull=False, published_at__isnull=False, is_trial=False
            )
            .prefetch_related("titles")
            .order_by("pk")
        )

    def context(self, items, request):
        ids = {
            pk
            for campaign in items
            for theme in campaign.results or []
            for pk in [theme["theme"], *(row["option"] for row in theme["options"])]
        }
        pages = list(public(Page.objects.filter(pk__in=ids))) if ids else []
        return {
            "request": request,
            "titles": {pk: page.title for pk, page in translated(pages).items()},
        }

    fields = [
        Field("id", _("The vote's number."), attr("pk")),
        Field("title", _("Its title."), lambda v, c: v.localized_title),
        Field("opens_at", _("When voting opened."), lambda v, c: iso(v.opens_at)),
        Field("closes_at", _("When voting closed."), lambda v, c: iso(v.closes_at)),
        Field(
            "ranks",
            _("How many objectives a voter could rank per theme."),
            attr("ranks"),
        ),
        Field("counting_rule", _("How ballots were counted."), attr("counting_rule")),
        Field(
            "certified_at",
            _("When the count was certified."),
            lambda v, c: iso(v.certified_at),
        ),
        Field(
            "published_at",
            _("When the results were published."),
            lambda v, c: iso(v.published_at),
        ),
        Field(
            "results",
            _(
                "Per theme: ballots, turnout per channel and, per objective, rank, "
                "points, first preferences and share of points (%)."
            ),
            results,
        ),
        Field(
            "ballot_file_url",
            _("Every counted ballot, anonymous, to recount the results."),
            link("vote_ballots_csv"),
        ),
        Field(
            "ballot_file_sha256",
            _("The SHA-256 digest of the ballot file."),
            attr("ballot_file_digest"),
        ),
        Field(
            "receipts_url",
            _("The receipts of the counted ballots."),
            link("vote_receipts"),
        ),
    ]

    # In CSV, one line per objective of each theme of each vote.
    headings = [
        "vote_id",
        "vote",
        "theme_id",
        "theme",
        "ballots",
        "objective_id",
        "objective",
        "rank",
        "points",
        "first_preferences",
        "share",
    ]

    def table(self, request):
        yield self.headings
        for vote in self.rows(self.queryset(), request):
            for theme in vote["results"]:
                for option in theme["options"]:
                    yield [
                        vote["id"],
                        vote["title"],
                        theme["theme_id"],
                        theme["theme"] or "",
                        theme["ballots"],
                        option["objective_id"],
                        option["objective"] or "",
                        option["rank"],
                        option["points"],
                        option["first_preferences"],
                        option["share"],
                    ]


VOTES = Votes()
