"""The evolving exhibition: a venue whose panels are published over time."""

from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage


class ExhibitionPage(BasePage):
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    start_date = models.DateField(_("opens on"), null=True, blank=True)
    end_date = models.DateField(_("closes on"), null=True, blank=True)
    new_badge_days = models.PositiveSmallIntegerField(
        _("“new” badge for (days)"),
        default=30,
        help_text=_("Panels published within this many days carry a “new” badge."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("opening_hours"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("new_badge_days"),
            ],
            heading=_("Visit"),
        ),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("venue"),
        SynchronizedField("address"),
        TranslatableField("opening_hours"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("new_badge_days"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["climate_plan.ExhibitPanelPage"]
    template = "climate_plan/exhibition_page.html"

    class Meta:
        verbose_name = _("exhibition")

    def panels_published(self):
        """Live panels, newest first (scheduled ones appear once published)."""
        return (
            ExhibitPanelPage.objects.child_of(self)
            .live()
            .order_by("-first_published_at", "-pk")
        )

    def new_since(self, now=None):
        return (now or timezone.now()) - timedelta(days=self.new_badge_days)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        since = self.new_since()
        context["panels"] = [
            (panel, bool(panel.first_published_at and panel.first_published_at >= since))
            for panel in self.panels_published().select_related("image")
        ]
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from climate_plan.feeds import exhibition_feed

        return exhibition_feed(request, self)


class ExhibitPanelPage(BasePage):
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A photograph of the panel. Decorative: the text says what matters."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("image")]
    translatable_fields = [*BasePage.translatable_fields, SynchronizedField("image")]
    parent_page_types = ["climate_plan.ExhibitionPage"]
    subpage_types = []
    template = "climate_plan/exhibit_panel_page.html"

    class Meta:
        verbose_name = _("exhibition panel")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        exhibition = self.get_parent().specific
        context["exhibition"] = exhibition
        context["is_new"] = bool(
            self.first_published_at and self.first_published_at >= exhibition.new_since()
        )
        return context
