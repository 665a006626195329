"""Proposals: residents' ideas for the plan, collected online or offline.

The pool is one across languages: a proposal points at the untranslated
`ProposalCall`, at the source-locale (fr) theme and objective pages and at
untranslated neighbourhoods; it records the language it was written in.

Statuses are rows (`ProposalStatus`) so administrators can add or rename them.
Their labels are translated by inline rows, one per language
(`ProposalStatusLabel`), rather than by making the status a translatable
snippet: a translatable snippet has one row per locale, so proposals would
point at the French row and every list would need `.localized` lookups (one
query per status per page) while the pool must stay a single set of rows.
Inline labels keep one status row, are edited on one admin screen, follow
`LANGUAGES` (a new language is one more inline row) and are read for a whole
page with one prefetch.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail.search.tasks import insert_or_update_object_task

from participation.moderation import ModeratedContent

TITLE_MAX_LENGTH = 150
TEXT_MAX_LENGTH = 3000


class ModerationMode(models.TextChoices):
    PRE = "pre", _("Pre-moderation: published once a moderator accepts it")
    POST = "post", _("Post-moderation: published at once, moderated afterwards")


class ProposalCall(models.Model):
    """A call for proposals: a window, the themes offered, how it is moderated.

    Not translated: the texts residents read live in the page blocks.
    """

    title = models.CharField(_("title (staff only)"), max_length=150)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    themes = models.ManyToManyField(
        "climate_plan.ThemePage",
        verbose_name=_("themes offered"),
        blank=True,
        related_name="+",
        help_text=_("Themes in the source language. Empty: every theme."),
    )
    moderation = models.CharField(
        _("moderation"),
        max_length=10,
        choices=ModerationMode.choices,
        default=ModerationMode.PRE,
    )
    per_account_limit = models.PositiveSmallIntegerField(
        _("proposals per account"),
        default=10,
        help_text=_("0: no limit."),
    )
    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Window")
        ),
        FieldPanel("themes"),
        FieldPanel("moderation"),
        FieldPanel("per_account_limit"),
    ]

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = _("call for proposals")
        verbose_name_plural = _("calls for proposals")

    def __str__(self):
        return self.title

    @property
    def reference_year(self):
        return timezone.localtime(self.opens_at).year


class ProposalReferenceCounter(models.Model):
    """The last number given in a year's public references (P-2021-0042).

    One row per year, shared by every call opening that year, incremented
    under a row lock so two proposals never get the same reference.
    """

    year = models.PositiveSmallIntegerField(unique=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"P-{self.year}: {self.last_number}"


class ProposalStatus(ClusterableModel):
    """A step in a proposal's life, editable by administrators.

    `code` is what the code relies on (the seeded statuses); `label` is the
    French (source) label, `labels` hold the other languages.
    """

    SUBMITTED = "submitted"
    PUBLISHED = "published"
    REJECTED = "rejected"
    UNDER_STUDY = "under_study"
    GROUPED = "grouped"
    RETAINED = "retained"
    NOT_RETAINED = "not_retained"
    IMPLEMENTED = "implemented"

    code = models.SlugField(_("code"), max_length=40, unique=True)
    label = models.CharField(_("label (French)"), max_length=80)
    is_public = models.BooleanField(
        _("shown publicly"),
        default=True,
        help_text=_("Proposals in this status appear on public pages."),
    )
    requires_reason = models.BooleanField(
        _("a reason is required"),
        default=False,
        help_text=_("Moving a proposal to this status needs an explanation."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("label"),
        InlinePanel("labels", label=_("Translated labels")),
        FieldPanel("is_public"),
        FieldPanel("requires_reason"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("proposal status")
        verbose_name_plural = _("proposal statuses")

    def __str__(self):
        return self.label_in()

    def label_in(self, language=None):
        """The label in `language` (the active one by default), French otherwise.

        Uses the prefetched labels when there are any, so a list costs no query.
        """
        language = (language or get_language() or "fr").split("-")[0]
        for translated in self.labels.all():
            if translated.language == language:
                return translated.label
        return self.label


class ProposalStatusLabel(Orderable):
    status = ParentalKey(
        ProposalStatus, on_delete=models.CASCADE, related_name="labels"
    )
    language = models.CharField(
        _("language"), max_length=12, choices=settings.LANGUAGES
    )
    label = models.CharField(_("label"), max_length=80)

    panels = [FieldPanel("language"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["status", "language"], name="unique_status_label_language"
            )
        ]


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    CARAVAN = "caravan", _("Citizen caravan")
    WORKSHOP = "workshop", _("Workshop")
    PAPER = "paper", _("Paper form")
    NEIGHBOURHOOD_HOUSE = "neighbourhood_house", _("Neighbourhood house")


OFFLINE_CHANNELS = [choice for choice in Channel if choice != Channel.ONLINE]


class TaggedProposal(TaggedItemBase):
    content_object = ParentalKey(
        "participation.Proposal", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ProposalQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def public(self):
        """Visible on public pages: a public status, not merged into another,
        not hidden by moderation."""
        return self.filter(
            status__is_public=True, merged_into__isnull=True, hidden_at__isnull=True
        )

    def for_listing(self):
        """Everything a list row shows, in a constant number of queries."""
        return self.select_related("status", "theme", "neighbourhood").prefetch_related(
            "status__labels", "tags"
        )


class Proposal(index.Indexed, ModeratedContent, ClusterableModel):
    """One resident's proposal, whatever the channel it came through.

    Residents may report it; moderation may hide it (`ModeratedContent`).
    """

    call = models.ForeignKey(
        ProposalCall,
        verbose_name=_("call for proposals"),
        on_delete=models.PROTECT,
        related_name="proposals",
    )
    reference = models.CharField(
        _("public reference"), max_length=20, unique=True, editable=False
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    text = models.TextField(
        _("text"),
        max_length=TEXT_MAX_LENGTH,
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
    )
    theme = models.ForeignKey(
        "climate_plan.ThemePage",
        verbose_name=_("theme"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    neighbourhood = models.ForeignKey(
        "climate_plan.Neighbourhood",
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    tags = ClusterTaggableManager(
        through=TaggedProposal, blank=True, verbose_name=_("tags")
    )
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.ONLINE
    )
    event = models.ForeignKey(
        "participation.EventPage",
        verbose_name=_("event where it was collected"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The agent who entered an offline proposal."),
    )
    contact = models.CharField(
        _("contact for follow-up (never published)"), max_length=200, blank=True
    )
    pseudonym = models.CharField(
        _("public name"),
        max_length=60,
        blank=True,
        help_text=_("Shown only with the author's consent."),
    )
    publish_pseudonym = models.BooleanField(
        _("consents to publication under this name"), default=False
    )
    language = models.CharField(
        _("language"), max_length=12, choices=settings.LANGUAGES
    )
    status = models.ForeignKey(
        ProposalStatus,
        verbose_name=_("status"),
        on_delete=models.PROTECT,
        related_name="proposals",
    )
    status_reason = models.TextField(_("reason for the status"), blank=True)
    official_answer = models.TextField(_("official answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_proposals",
    )
    objectives = models.ManyToManyField(
        "climate_plan.ObjectivePage",
        verbose_name=_("objectives"),
        blank=True,
        related_name="proposals",
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Kept in step by the support services; sorting by it stays cheap.
    support_count = models.PositiveIntegerField(
        _("supports"), default=0, editable=False
    )

    objects = ProposalQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("text"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.AutocompleteField("title"),
        # What the public list and the site search filter and sort on
        # (participation.proposals.queries): a search keeps them.
        index.FilterField("id"),
        index.FilterField("call"),
        index.FilterField("theme"),
        index.FilterField("neighbourhood"),
        index.FilterField("channel"),
        index.FilterField("language"),
        index.FilterField("status_id"),
        index.RelatedFields("status", [index.FilterField("is_public")]),
        index.FilterField("merged_into_id"),
        index.FilterField("hidden_at"),
        index.FilterField("submitted_at"),
        index.FilterField("support_count"),
    ]

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        permissions = [
            ("moderate_proposal", _("Can moderate proposals")),
            ("enter_offline_proposal", _("Can enter offline proposals")),
            ("import_proposals", _("Can import proposals")),
            ("export_proposals", _("Can export proposals with personal data")),
        ]
        indexes = [
            models.Index(fields=["status", "-submitted_at"]),
            models.Index(fields=["-support_count"]),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "tags" in update_fields:
            # The search index follows post_save, which ClusterableModel sends
            # before it writes the tags: index again once they are written,
            # through the same task, so a search by keyword finds them.
            insert_or_update_object_task.enqueue(
                self._meta.app_label, self._meta.model_name, str(self.pk)
            )

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("participation:proposal_detail", args=[self.reference])

    @property
    def public_name(self):
        if self.author_id and self.author.is_deleted:
            return _("Deleted participant")
        if self.publish_pseudonym and self.pseudonym:
            return self.pseudonym
        return _("Anonymous resident")

    @property
    def is_public(self):
        return self.status.is_public and self.merged_into_id is None


class ProposalHistory(models.Model):
    """One dated change to a proposal: who, when, from → to, and why."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        ENTERED = "entered", _("Entered offline")
        IMPORTED = "imported", _("Imported")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        STATUS = "status", _("Status changed")
        ANSWERED = "answered", _("Official answer")
        CORRECTED = "corrected", _("Corrected")
        MERGED = "merged", _("Merged")
        GROUPED = "grouped", _("Grouped into objectives")

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="history"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    from_status = models.ForeignKey(
        ProposalStatus,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    to_status = models.ForeignKey(
        ProposalStatus,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    # A correction keeps what the author wrote.
    previous_title = models.CharField(max_length=TITLE_MAX_LENGTH, blank=True)
    previous_text = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("proposal history entry")
        verbose_name_plural = _("proposal history")


class Support(models.Model):
    """A verified resident backs a published proposal, once."""

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="supports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supports"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "user"], name="one_support_per_person"
            )
        ]
