"""Indicators: a measured quantity with yearly values, a baseline, a target and
dated goals; a level (strategic, tactical, operational) and the indicator it
is part of."""

from django.core.exceptions import ValidationError
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


class Level(models.TextChoices):
    STRATEGIC = "strategic", _("Strategic")
    TACTICAL = "tactical", _("Tactical")
    OPERATIONAL = "operational", _("Operational")


class Indicator(TranslatableMixin, ClusterableModel):
    """Translated like the pages; its yearly values are the same in every language."""

    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("e.g. ktCO2e or %"))
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("source"), max_length=250, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"))
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=12, decimal_places=2
    )
    target_year = models.PositiveSmallIntegerField(_("target year"))
    target_value = models.DecimalField(
        _("target value"), max_digits=12, decimal_places=2
    )
    direction = models.CharField(
        _("direction"),
        max_length=10,
        choices=Direction.choices,
        default=Direction.DECREASE,
        help_text=_("The desired direction."),
    )
    level = models.CharField(
        _("level"),
        max_length=12,
        choices=Level.choices,
        default=Level.TACTICAL,
        help_text=_(
            "Strategic: the plan's aims; tactical: a theme's; operational: "
            "what an action directly changes."
        ),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        help_text=_("The broader indicator this one is part of."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("direction")]),
        FieldRowPanel([FieldPanel("level"), FieldPanel("parent")]),
        FieldPanel("description"),
        FieldPanel("source"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("baseline_year"), FieldPanel("baseline_value")]
                ),
                FieldRowPanel([FieldPanel("target_year"), FieldPanel("target_value")]),
            ],
            heading=_("Baseline and target"),
        ),
        InlinePanel("goals", heading=_("Dated goals"), label=_("goal")),
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
        SynchronizedField("level"),
        TranslatableField("parent"),
        SynchronizedField("goals"),
        SynchronizedField("values"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if ancestor.pk == self.pk or (
                self.translation_key
                and ancestor.translation_key == self.translation_key
            ):
                raise ValidationError(
                    {"parent": _("An indicator cannot be part of itself.")}
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent


class IndicatorGoal(Orderable):
    """A dated goal on the way (2030) or beyond the plan's horizon (2050)."""

    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="goals")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("goal")
        verbose_name_plural = _("goals")


class IndicatorValue(Orderable):
    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("yearly value")
