"""The climate action plan: plan → themes → objectives → actions."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage


class ClimatePlanPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["climate_plan.ThemePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("climate plan")


class ThemePage(BasePage):
    parent_page_types = ["climate_plan.ClimatePlanPage"]
    subpage_types = ["climate_plan.ObjectivePage"]

    class Meta:
        verbose_name = _("theme")


class ObjectivePage(BasePage):
    priority_rank = models.PositiveSmallIntegerField(
        _("priority rank from the vote"),
        null=True,
        blank=True,
        help_text=_("1 is the residents' first priority in this theme. Filled by the vote."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("priority_rank")]
    translatable_fields = [*BasePage.translatable_fields, SynchronizedField("priority_rank")]
    parent_page_types = ["climate_plan.ThemePage"]
    subpage_types = ["climate_plan.ActionPage"]

    class Meta:
        verbose_name = _("objective")


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DELAYED = "delayed", _("Delayed")
    ABANDONED = "abandoned", _("Abandoned")


class ActionPage(BasePage):
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )

    content_panels = [*BasePage.content_panels, FieldPanel("status"), FieldPanel("progress")]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("status"),
        SynchronizedField("progress"),
    ]
    parent_page_types = ["climate_plan.ObjectivePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("action")
