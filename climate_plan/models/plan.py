"""The climate action plan: plan → themes → objectives → actions.

Status and progress live on the action; every figure shown above it (objective,
theme, plan) is computed by `climate_plan.progress`, never stored.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from climate_plan.blocks import IndicatorChartBlock
from climate_plan.models.review import ReviewedPlanPage
from climate_plan.organisation_routes import OrganisationRoutes
from climate_plan.page_forms import ActionPageForm
from home.models import BasePage, card_image_field


class ClimatePlanPage(OrganisationRoutes, ReviewedPlanPage, BasePage):
    """The plan as a whole: its target, its trajectory and every action."""

    target_statement = models.CharField(
        _("target statement"),
        max_length=250,
        blank=True,
        help_text=_("One sentence, for example: −40 % by 2035 compared with 2015."),
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), default=2015)
    baseline_emissions = models.DecimalField(
        _("baseline emissions (tCO2e per year)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("The territory's emissions in the baseline year."),
    )
    target_year = models.PositiveSmallIntegerField(_("target year"), default=2035)
    target_reduction = models.PositiveSmallIntegerField(
        _("target reduction (%)"),
        default=40,
        validators=[MaxValueValidator(100)],
        help_text=_("Reduction of emissions by the target year, from the baseline."),
    )
    trajectory_indicator = models.ForeignKey(
        "climate_plan.Indicator",
        verbose_name=_("trajectory indicator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The indicator drawn as the plan's trajectory chart."),
    )
    update_interval_days = models.PositiveSmallIntegerField(
        _("update interval (days)"),
        default=90,
        validators=[MinValueValidator(1)],
        help_text=_(
            "An action that is neither done nor abandoned and has no update for "
            "this many days is flagged as having no news, and its committee and "
            "contact people are reminded."
        ),
    )
    actions_per_page = 20

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("target_statement"),
                FieldRowPanel(
                    [FieldPanel("baseline_year"), FieldPanel("baseline_emissions")]
                ),
                FieldRowPanel(
                    [FieldPanel("target_year"), FieldPanel("target_reduction")]
                ),
                FieldPanel("trajectory_indicator"),
            ],
            heading=_("Target"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("update_interval_days"),
                InlinePanel("phases", label=_("phase")),
            ],
            heading=_("Following the actions"),
        ),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("target_statement"),
        SynchronizedField("update_interval_days"),
        TranslatableField("phases"),
        SynchronizedField("baseline_year"),
        SynchronizedField("baseline_emissions"),
        SynchronizedField("target_year"),
        SynchronizedField("target_reduction"),
        TranslatableField("trajectory_indicator"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["climate_plan.ThemePage"]
    max_count_per_parent = 1
    template = "climate_plan/climate_plan_page.html"

    class Meta:
        verbose_name = _("climate plan")

    @property
    def needed_reduction(self):
        """Tonnes of CO2e a year to cut by the target year, or None."""
        if self.baseline_emissions is None:
            return None
        return self.baseline_emissions * self.target_reduction / 100

    def get_context(self, request, *args, **kwargs):
        from climate_plan import progress

        context = super().get_context(request, *args, **kwargs)
        context.update(progress.plan_context(self, request))
        return context

    @path("indicators/", name="indicators")
    def indicator_index(self, request):
        from climate_plan import indicator_pages

        return indicator_pages.index_view(request, self)

    @path("indicators/<uuid:key>/", name="indicator")
    def indicator_detail(self, request, key):
        from climate_plan import indicator_pages

        return indicator_pages.detail_view(request, self, key)

    @path("dependencies/", name="dependencies")
    def dependency_view(self, request):
        from climate_plan import dependency_pages

        return dependency_pages.dependency_view(request, self)

    @path("wedge/", name="wedge")
    def wedge_view(self, request):
        from climate_plan import wedge_page

        return wedge_page.wedge_view(request, self)


class ThemePage(ReviewedPlanPage, BasePage):
    """A theme of the plan (mobility, energy…): objectives, indicators, committee."""

    indicators = StreamField(
        [("indicator", IndicatorChartBlock())],
        blank=True,
        verbose_name=_("indicators"),
        help_text=_("The indicators that follow this theme, each drawn as a chart."),
    )
    image = card_image_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("image"),
        FieldPanel("indicators"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("indicators"),
        SynchronizedField("image"),
    ]
    parent_page_types = ["climate_plan.ClimatePlanPage"]
    subpage_types = ["climate_plan.ObjectivePage", "climate_plan.CommitteePage"]
    template = "climate_plan/theme_page.html"

    class Meta:
        verbose_name = _("theme")

    def get_context(self, request, *args, **kwargs):
        from climate_plan import progress

        context = super().get_context(request, *args, **kwargs)
        context.update(progress.theme_context(self))
        return context


class ObjectivePage(ReviewedPlanPage, BasePage):
    """An objective of a theme, prioritised by the residents' vote."""

    priority_rank = models.PositiveSmallIntegerField(
        _("priority rank from the vote"),
        null=True,
        blank=True,
        help_text=_(
            "1 is the residents' first priority in this theme. Filled by the vote."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("priority_rank")]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("priority_rank"),
    ]
    parent_page_types = ["climate_plan.ThemePage"]
    subpage_types = ["climate_plan.ActionPage"]
    template = "climate_plan/objective_page.html"

    class Meta:
        verbose_name = _("objective")

    def get_context(self, request, *args, **kwargs):
        from climate_plan import progress

        context = super().get_context(request, *args, **kwargs)
        context.update(progress.objective_context(self))
        return context


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DELAYED = "delayed", _("Delayed")
    ABANDONED = "abandoned", _("Abandoned")


class ActionPage(ReviewedPlanPage, BasePage):
    """A concrete action: who leads it, when, for how much, how far it has gone."""

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActionStatus.choices,
        default=ActionStatus.PLANNED,
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_(
            "How much of the action is carried out. A done action counts as 100 %."
        ),
    )
    status_reason = models.TextField(
        _("reason for the status"),
        blank=True,
        help_text=_(
            "Required when you change the status here rather than by an update; "
            "shown publicly beside the status."
        ),
    )
    phase = models.CharField(
        _("phase"),
        max_length=40,
        blank=True,
        help_text=_("The current phase, among the plan's phases."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    lead_service = models.CharField(_("lead service"), max_length=200, blank=True)
    partners = models.TextField(
        _("partners"), blank=True, help_text=_("One partner per line.")
    )
    budget = models.DecimalField(
        _("budget (€)"), max_digits=12, decimal_places=0, null=True, blank=True
    )
    expected_reduction = models.DecimalField(
        _("expected reduction (tCO2e per year)"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_(
            "Leave empty when the action's effect on emissions is not estimated."
        ),
    )
    image = card_image_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("progress")]),
                FieldPanel("status_reason"),
                FieldPanel("phase"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("lead_service"),
                FieldPanel("partners"),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("expected_reduction")]),
            ],
            heading=_("Implementation"),
        ),
        InlinePanel(
            "needs",
            heading=_("Needs"),
            label=_("needed action"),
            help_text=_(
                "The actions that must be carried out before this one (they "
                "enable it). A loop of needs is refused."
            ),
        ),
        InlinePanel(
            "indicator_links",
            heading=_("Affected indicators"),
            label=_("indicator"),
            help_text=_("The indicators this action is expected to move."),
        ),
        InlinePanel(
            "responsibilities",
            heading=_("Responsible organisations"),
            label=_("organisation"),
        ),
        InlinePanel("contacts", heading=_("Contact people"), label=_("contact")),
        InlinePanel("tasks", heading=_("Tasks"), label=_("task")),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("status"),
        TranslatableField("status_reason"),
        SynchronizedField("phase"),
        TranslatableField("responsibilities"),
        TranslatableField("contacts"),
        TranslatableField("tasks"),
        SynchronizedField("progress"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        TranslatableField("lead_service"),
        TranslatableField("partners"),
        SynchronizedField("budget"),
        SynchronizedField("expected_reduction"),
        SynchronizedField("image"),
        SynchronizedField("needs"),
        SynchronizedField("indicator_links"),
    ]
    base_form_class = ActionPageForm
    parent_page_types = ["climate_plan.ObjectivePage"]
    subpage_types = []
    template = "climate_plan/action_page.html"

    class Meta:
        verbose_name = _("action")

    @property
    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from climate_plan import progress
        from climate_plan.following import action_following
        from machine_translation.display import prefetch

        context = super().get_context(request, *args, **kwargs)
        context.update(progress.action_context(self))
        context.update(action_following(self))
        context["updates"] = updates = list(context["updates"])
        prefetch(request, [(update.text, update.language) for update in updates])
        return context
