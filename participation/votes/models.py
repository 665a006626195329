"""The citizen vote: campaigns, the who-voted register, secret ballots, codes.

Secrecy rests on two tables that share nothing a join could use:

- `VoterRecord` says *who* voted in a theme (a keyed hash of the email or of
  the voting code, unique per campaign and theme, enforced by the database);
- `Ballot` says *what* was voted (a ranking), with a random UUID key, no link
  to the register, no default ordering and no time finer than the day.

`participation.votes.services.cast_ballot` writes one row of each in a single
transaction, so the register and the ballot box always agree.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable


def source_locale():
    """Options point at the source-language (fr) pages: one pool across languages."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class CountingRule(models.TextChoices):
    # Points: in a ballot of R ranks, the option at position p (1-based) gets
    # R − p + 1 points (3-2-1 with three ranks). See participation.votes.results.
    POINTS = "points", _("Points per rank (3-2-1 with three ranks)")


class ResultsVisibility(models.TextChoices):
    AFTER_CLOSING = "after_closing", _("After the vote closes")
    LIVE = "live", _("Live, while the vote is open")


class BallotChannel(models.TextChoices):
    ONLINE = "online", _("Online")
    CODE = "code", _("Voting code")
    PAPER = "paper", _("Paper ballot")


class VoteCampaign(ClusterableModel):
    """A vote in which residents rank the objectives of each theme on the ballot.

    Not translated: ballots from every language land in the same campaign. Its
    rules (dates, themes, options, ranks, counting, eligibility) are frozen once
    the first ballot is cast; only the title may change, and the vote may be
    closed early from the dashboard.
    """

    title = models.CharField(_("title"), max_length=200)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    ranks = models.PositiveSmallIntegerField(
        _("ranks per theme"),
        default=3,
        help_text=_(
            "How many objectives a voter may rank in each theme (fewer is fine)."
        ),
    )
    counting_rule = models.CharField(
        _("counting rule"),
        max_length=20,
        choices=CountingRule.choices,
        default=CountingRule.POINTS,
    )
    allow_accounts = models.BooleanField(
        _("verified accounts may vote online"), default=True
    )
    allow_codes = models.BooleanField(_("voting codes may be used"), default=True)
    allow_paper = models.BooleanField(
        _("paper ballots are entered by agents"), default=True
    )
    results_visibility = models.CharField(
        _("results are shown"),
        max_length=20,
        choices=ResultsVisibility.choices,
        default=ResultsVisibility.AFTER_CLOSING,
    )

    # Fields a cast ballot freezes (the title stays editable).
    FROZEN_FIELDS = (
        "opens_at",
        "closes_at",
        "ranks",
        "counting_rule",
        "allow_accounts",
        "allow_codes",
        "allow_paper",
        "results_visibility",
    )

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = _("vote campaign")
        verbose_name_plural = _("vote campaigns")
        permissions = [("enter_paper_ballots", _("Can enter paper ballots"))]

    def __str__(self):
        return self.title

    def has_ballots(self):
        return Ballot.objects.filter(campaign=self).exists()


class CampaignTheme(Orderable, ClusterableModel):
    """A theme on the ballot and the objectives among which voters rank."""

    campaign = ParentalKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="ballot_themes"
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_locale,
    )
    options = ParentalManyToManyField(
        "climate_plan.ObjectivePage",
        verbose_name=_("objectives on the ballot"),
        related_name="+",
        limit_choices_to=source_locale,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("theme on the ballot")
        verbose_name_plural = _("themes on the ballot")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "theme"], name="unique_campaign_theme"
            )
        ]

    def __str__(self):
        return str(self.theme)

    def option_ids(self):
        """The options' page ids, in a stable order (the plan's tree order).

        Read from the link table, without loading the objective pages.
        """
        links = self.options.through.objects.filter(campaigntheme_id=self.pk)
        return list(
            links.order_by("objectivepage__path").values_list(
                "objectivepage_id", flat=True
            )
        )


class VoterRecord(models.Model):
    """Who voted: one row per voter, campaign and theme. Never linked to a ballot.

    `voter_key` is an HMAC (see participation.votes.voter_keys), so the register
    neither reveals emails nor codes, and survives the deletion of an account.
    """

    campaign = models.ForeignKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage", on_delete=models.PROTECT, related_name="+"
    )
    voter_key = models.CharField(max_length=64)
    voted_on = models.DateField()

    class Meta:
        verbose_name = _("who-voted record")
        verbose_name_plural = _("who-voted register")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "theme", "voter_key"],
                name="one_ballot_per_voter_and_theme",
            )
        ]


class Ballot(models.Model):
    """What was voted: a ranking of a theme's objectives. Anonymous by design.

    The random UUID key keeps insertion order out of reach; `cast_on` is a day,
    the same for everyone who voted that day.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    campaign = models.ForeignKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage", on_delete=models.PROTECT, related_name="+"
    )
    ranking = models.JSONField(help_text="Objective page ids, first choice first.")
    channel = models.CharField(max_length=10, choices=BallotChannel.choices)
    cast_on = models.DateField()

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        indexes = [models.Index(fields=["campaign", "theme"])]


class VotingCode(models.Model):
    """A single-use code (one ballot per theme); only its keyed hash is stored."""

    campaign = models.ForeignKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="codes"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    created_on = models.DateField(default=timezone.localdate)

    class Meta:
        verbose_name = _("voting code")
        verbose_name_plural = _("voting codes")


class PaperBallotEntry(models.Model):
    """Which agent entered a paper ballot, for which theme, when (not what)."""

    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    campaign = models.ForeignKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage", on_delete=models.PROTECT, related_name="+"
    )
    entered_on = models.DateField(default=timezone.localdate)

    class Meta:
        verbose_name = _("paper ballot entry")
        verbose_name_plural = _("paper ballot entries")
