"""The Climate Conferences: the first unveils the priorities, the next take stock."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from climate_plan.blocks import ScheduleBlock
from home.models import BasePage


class ConferenceIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["climate_plan.ConferencePage"]
    max_count_per_parent = 1
    template = "climate_plan/conference_index_page.html"

    class Meta:
        verbose_name = _("conference index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["conferences"] = (
            ConferencePage.objects.child_of(self).live().order_by("-date")
        )
        return context


class ConferencePage(BasePage):
    """One edition. The body holds its outcomes (and the stock-take block)."""

    edition_year = models.PositiveSmallIntegerField(_("edition year"))
    date = models.DateField(_("date"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    programme = StreamField(
        [("schedule", ScheduleBlock())],
        blank=True,
        verbose_name=_("programme"),
    )

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("edition_year"), FieldPanel("date")]),
                FieldPanel("venue"),
                FieldPanel("address"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("programme"),
        *BasePage.content_panels[2:],
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("edition_year"),
        SynchronizedField("date"),
        TranslatableField("venue"),
        SynchronizedField("address"),
        TranslatableField("programme"),
    ]
    parent_page_types = ["climate_plan.ConferenceIndexPage"]
    subpage_types = []
    template = "climate_plan/conference_page.html"

    class Meta:
        verbose_name = _("conference")
        ordering = ["-date"]
