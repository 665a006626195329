"""Events: workshops, caravan stops, climate frescoes, public meetings, conferences."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage


class EventType(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    CARAVAN = "caravan", _("Caravan stop")
    FRESCO = "fresco", _("Climate fresco")
    PUBLIC_MEETING = "meeting", _("Public meeting")
    CONFERENCE = "conference", _("Conference")


class EventIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["participation.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")


class EventPage(BasePage):
    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    neighbourhood = models.ForeignKey(
        "climate_plan.Neighbourhood",
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("start"),
                FieldPanel("end"),
                FieldPanel("place"),
                FieldPanel("address"),
                FieldPanel("neighbourhood"),
            ],
            heading=_("When and where"),
        ),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("place"),
        SynchronizedField("event_type"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("address"),
        SynchronizedField("neighbourhood"),
    ]
    parent_page_types = ["participation.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        ordering = ["start"]
