"""Events: workshops, caravan stops, climate frescoes, public meetings, conferences."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage, card_image_field, with_card_pictures
from participation.events import calendars


class EventType(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    CARAVAN = "caravan", _("Caravan stop")
    FRESCO = "fresco", _("Climate fresco")
    PUBLIC_MEETING = "meeting", _("Public meeting")
    CONFERENCE = "conference", _("Conference")


class EventIndexPage(BasePage):
    """Upcoming events first, then the archive; filters by type and neighbourhood."""

    past_per_page = 12

    parent_page_types = ["home.HomePage"]
    subpage_types = ["participation.EventPage"]
    max_count_per_parent = 1
    template = "participation/event_index_page.html"

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return with_card_pictures(
            EventPage.objects.child_of(self).live().select_related("neighbourhood")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context

    def listing(self, request, now=None):
        """Upcoming events (soonest first) and the past ones (latest first),
        both filtered by the `type` and `neighbourhood` query parameters."""
        from climate_plan.models import Neighbourhood

        now = now or timezone.now()
        events = self.events()
        chosen_type = request.GET.get("type", "")
        chosen_neighbourhood = request.GET.get("neighbourhood", "")
        if chosen_type in EventType.values:
            events = events.filter(event_type=chosen_type)
        else:
            chosen_type = ""
        neighbourhoods = list(Neighbourhood.objects.all())
        if chosen_neighbourhood in {n.slug for n in neighbourhoods}:
            events = events.filter(neighbourhood__slug=chosen_neighbourhood)
        else:
            chosen_neighbourhood = ""
        upcoming = list(events.filter(start__gte=now).order_by("start"))
        past = Paginator(
            events.filter(start__lt=now).order_by("-start"), self.past_per_page
        )
        return {
            "upcoming": upcoming,
            "past": past.get_page(request.GET.get("page")),
            "event_types": EventType.choices,
            "neighbourhoods": neighbourhoods,
            "chosen_type": chosen_type,
            "chosen_neighbourhood": chosen_neighbourhood,
            "filtered": bool(chosen_type or chosen_neighbourhood),
        }

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendars.events_calendar(request, self)


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
    accessibility = models.TextField(
        _("accessibility information"),
        blank=True,
        help_text=_("Step-free access, hearing loop, sign language, childcare…"),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Leave empty when no registration is needed."),
    )
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Published after the event."),
    )
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What came out of the event, written afterwards."),
    )
    image = card_image_field()

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("place"),
                FieldPanel("address"),
                FieldPanel("neighbourhood"),
                FieldPanel("accessibility"),
                FieldPanel("registration_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("image"),
        *BasePage.content_panels[2:],
        MultiFieldPanel(
            [FieldPanel("minutes"), FieldPanel("outcomes")], heading=_("Afterwards")
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
        TranslatableField("accessibility"),
        SynchronizedField("registration_url"),
        SynchronizedField("minutes"),
        TranslatableField("outcomes"),
        SynchronizedField("image"),
    ]
    parent_page_types = ["participation.EventIndexPage"]
    subpage_types = []
    template = "participation/event_page.html"

    class Meta:
        verbose_name = _("event")
        ordering = ["start"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["event_type_label"] = EventType(self.event_type).label
        context["is_past"] = (self.end or self.start) < timezone.now()
        return context

    @path("ical/", name="ics")
    def ics(self, request):
        return calendars.event_calendar(request, self)
