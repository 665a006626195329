"""Links between actions, and from actions to indicators.

Both are entered on the action (French source page) and synchronised to its
translations unchanged: they point at language-independent rows, and every
reader goes through the linked pages' translation keys (see
`climate_plan.dependencies`), so a link counts once whatever the language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable


class ActionDependency(Orderable):
    """“This action needs that one”: the needed action enables this one."""

    action = ParentalKey(
        "climate_plan.ActionPage", on_delete=models.CASCADE, related_name="needs"
    )
    needed = models.ForeignKey(
        "climate_plan.ActionPage",
        verbose_name=_("needed action"),
        on_delete=models.CASCADE,
        related_name="enabled_links",
    )

    panels = [PageChooserPanel("needed", "climate_plan.ActionPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("needed action")
        verbose_name_plural = _("needed actions")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(action=models.F("needed")),
                name="action_dependency_not_itself",
            ),
            models.UniqueConstraint(
                fields=["action", "needed"], name="action_dependency_once"
            ),
        ]


class ActionIndicator(Orderable):
    """“This action affects this indicator.”"""

    action = ParentalKey(
        "climate_plan.ActionPage",
        on_delete=models.CASCADE,
        related_name="indicator_links",
    )
    indicator = models.ForeignKey(
        "climate_plan.Indicator",
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="action_links",
    )

    panels = [FieldPanel("indicator")]

    class Meta(Orderable.Meta):
        verbose_name = _("affected indicator")
        verbose_name_plural = _("affected indicators")
        constraints = [
            models.UniqueConstraint(
                fields=["action", "indicator"], name="action_indicator_once"
            )
        ]
