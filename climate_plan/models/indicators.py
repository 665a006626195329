"""Indicators: a measured quantity with yearly values, a baseline and a target."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Direction(models.TextChoices):
    DECREASE = "decrease", _("Lower is better")
    INCREASE = "increase", _("Higher is better")


class Indicator(TranslatableMixin, ClusterableModel):
    """Translated like the pages; its yearly values are the same in every language."""

    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("e.g. ktCO2e or %"))
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("source"), max_length=250, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"))
    baseline_value = models.DecimalField(_("baseline value"), max_digits=12, decimal_places=2)
    target_year = models.PositiveSmallIntegerField(_("target year"))
    target_value = models.DecimalField(_("target value"), max_digits=12, decimal_places=2)
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.DECREASE
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("direction")]),
        FieldPanel("description"),
        FieldPanel("source"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("baseline_year"), FieldPanel("baseline_value")]),
                FieldRowPanel([FieldPanel("target_year"), FieldPanel("target_value")]),
            ],
            heading=_("Baseline and target"),
        ),
        InlinePanel("values", heading=_("Yearly values"), label=_("value")),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("unit"),
        TranslatableField("description"),
        TranslatableField("source"),
        SynchronizedField("baseline_year"),
        SynchronizedField("baseline_value"),
        SynchronizedField("target_year"),
        SynchronizedField("target_value"),
        SynchronizedField("direction"),
        SynchronizedField("values"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name


class IndicatorValue(Orderable):
    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("yearly value")
