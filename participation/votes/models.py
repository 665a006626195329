"""The citizen vote: campaigns, the who-voted register, sealed ballots, codes,
and what the count fixes for good.

- `VoterRecord` says *who* voted in a theme (a keyed hash of the person or of
  the voting code, unique per campaign and theme, enforced by the database).
- `Ballot` is a ballot in the box: the ranking sealed to the vote's public key
  (`participation.votes.sealing`), which nobody can open without the private
  key that the vote's commission holds outside the database. A register row
  and its sealed ballot are written together, so whoever reads the database
  can pair them, but only with ciphertext.
- At the count the commission's key opens every sealed ballot; the rankings
  are written as `CountedBallot` rows sorted by their content (no channel, no
  day, no link to the box), the receipts of the sealed ballots are published
  sorted, and the sealed ballots are destroyed. The results and the ballot
  file are then fixed on the campaign with their digest.

`participation.votes.services` writes all of it; each function is one
transaction.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
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
    is_trial = models.BooleanField(
        _("trial vote (does not count)"),
        default=False,
        help_text=_(
            "A trial vote lets residents try the ballot: it is never counted, "
            "certified, published or applied to the plan."
        ),
    )
    # Set once, by the "Generate the vote's keys" step: only the public half
    # is kept; the private key goes to the vote's commission.
    public_key = models.CharField(max_length=64, blank=True, editable=False)
    certified_at = models.DateTimeField(_("certified on"), null=True, editable=False)
    certified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("certified by (account)"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    certified_by_name = models.CharField(
        _("certified by"), max_length=200, blank=True, editable=False
    )
    published_at = models.DateTimeField(_("published on"), null=True, editable=False)
    applied_at = models.DateTimeField(
        _("applied to the plan on"), null=True, editable=False
    )
    # Fixed at certification: the results and the ballot file, with digests.
    results = models.JSONField(null=True, editable=False)
    ballot_file = models.TextField(blank=True, editable=False)
    ballot_file_digest = models.CharField(max_length=64, blank=True, editable=False)

    # Fields a cast ballot freezes (the title stays editable).
    FROZEN_FIELDS = (
        "opens_at",
        "closes_at",
        "ranks",
        "counting_rule",
        "allow_accounts",
        "allow_codes",
        "allow_paper",
        "is_trial",
    )

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = _("vote campaign")
        verbose_name_plural = _("vote campaigns")
        permissions = [("enter_paper_ballots", _("Can enter paper ballots"))]

    def __str__(self):
        return self.title

    def title_and_language(self):
        """(title, its language) in the reader's language: a translated title
        (`titles`, read once per object) when there is one, else the title as
        written, in the site's default language."""
        language = get_language()
        if language and language != settings.LANGUAGE_CODE:
            if not hasattr(self, "_translated_titles"):
                self._translated_titles = {
                    row.language: row.title for row in self.titles.all()
                }
            if language in self._translated_titles:
                return self._translated_titles[language], language
        return self.title, settings.LANGUAGE_CODE

    @property
    def localized_title(self):
        return self.title_and_language()[0]

    @property
    def localized_title_language(self):
        """For the `lang` of the title shown: an untranslated one says it."""
        return self.title_and_language()[1]

    def has_ballots(self):
        return (
            self.certified_at is not None
            or Ballot.objects.filter(campaign=self).exists()
        )

    def priority_ranks(self):
        """{objective translation key: rank} from the published results, or {}."""
        from wagtail.models import Page

        if self.published_at is None or not self.results:
            return {}
        ranks = {
            row["option"]: row["rank"]
            for theme in self.results
            for row in theme["options"]
        }
        return {
            str(key): ranks[pk]
            for pk, key in Page.objects.filter(pk__in=ranks).values_list(
                "pk", "translation_key"
            )
        }


def translated_languages():
    return [
        (code, name)
        for code, name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


class CampaignTitle(Orderable):
    """A campaign's title in another language. The campaign itself is one,
    whatever the language of its ballots, so only its title is translated."""

    campaign = ParentalKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="titles"
    )
    language = models.CharField(
        _("language"), max_length=10, choices=translated_languages
    )
    title = models.CharField(_("title"), max_length=200)

    class Meta(Orderable.Meta):
        verbose_name = _("title in another language")
        verbose_name_plural = _("titles in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "language"], name="unique_campaign_title_language"
            )
        ]

    def __str__(self):
        return f"{self.language}: {self.title}"


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
    """A ballot in the box: a ranking sealed to the vote's public key.

    The random UUID key keeps insertion order out of reach; there is no date.
    The channel is kept for the totals per channel (the register already says
    as much). Destroyed at the count, once opened into a `CountedBallot`.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    campaign = models.ForeignKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage", on_delete=models.PROTECT, related_name="+"
    )
    channel = models.CharField(max_length=10, choices=BallotChannel.choices)
    sealed = models.BinaryField()

    class Meta:
        verbose_name = _("sealed ballot")
        verbose_name_plural = _("sealed ballots")
        indexes = [models.Index(fields=["campaign", "theme"])]


class CountedBallot(models.Model):
    """An opened ballot: a ranking of a theme's objectives, and nothing else.

    Written once, at the count, in the order of their content, so neither the
    keys nor the physical order say anything of who cast them or when.
    """

    campaign = models.ForeignKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage", on_delete=models.PROTECT, related_name="+"
    )
    ranking = models.JSONField(help_text="Objective page ids, first choice first.")

    class Meta:
        verbose_name = _("counted ballot")
        verbose_name_plural = _("counted ballots")
        indexes = [models.Index(fields=["campaign", "theme"])]


class PublishedReceipt(models.Model):
    """The receipt of a counted ballot, published for voters to find theirs."""

    campaign = models.ForeignKey(
        VoteCampaign, on_delete=models.CASCADE, related_name="receipts"
    )
    code = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("published receipt")
        verbose_name_plural = _("published receipts")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "code"], name="one_receipt_per_code"
            )
        ]


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
