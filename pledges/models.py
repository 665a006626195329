"""Residents' pledges: individual actions they commit to, apart from the plan.

A pledge points at the source-language pledge action (one pool across
languages). It holds no email address: only `identity`, a keyed hash of the
normalised address (see `identity.py`), which the database keeps unique per
action among confirmed pledges, as it keeps an account to one pledge per
action.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class PledgeAction(TranslatableMixin, models.Model):
    """Something a resident can do: “I will cycle to work”."""

    title = models.CharField(
        _("pledge"), max_length=200, help_text=_("In the first person: I will…")
    )
    description = models.TextField(_("description"), blank=True)
    kg_co2e_per_year = models.DecimalField(
        _("estimated saving (kg CO2e a year)"),
        max_digits=8,
        decimal_places=1,
        validators=[MinValueValidator(Decimal(0))],
    )
    comparison = models.CharField(
        _("local comparison"),
        max_length=250,
        help_text=_(
            "What the saving amounts to, said with local landmarks: as much as "
            "driving from Ivry to Lyon and back."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("kg_co2e_per_year"), FieldPanel("sort_order")]),
        FieldPanel("comparison"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("kg_co2e_per_year"),
        TranslatableField("comparison"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("pledge action")
        verbose_name_plural = _("pledge actions")

    def __str__(self):
        return self.title


class Pledge(models.Model):
    action = models.ForeignKey(
        PledgeAction,
        verbose_name=_("pledge action"),
        on_delete=models.CASCADE,
        related_name="pledges",
    )
    neighbourhood = models.ForeignKey(
        "climate_plan.Neighbourhood",
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pledges",
        help_text=_("Empty: the resident lives outside the city."),
    )
    postcode = models.CharField(_("postcode"), max_length=5, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pledges",
    )
    identity = models.CharField(max_length=64, editable=False)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        constraints = [
            models.UniqueConstraint(
                fields=["action", "identity"],
                condition=Q(confirmed_at__isnull=False),
                name="one_confirmed_pledge_per_address_and_action",
            ),
            models.UniqueConstraint(
                fields=["action", "user"],
                condition=Q(user__isnull=False),
                name="one_pledge_per_account_and_action",
            ),
        ]
        indexes = [models.Index(fields=["action", "confirmed_at"])]

    def __str__(self):
        return f"{self.action} · {self.created_at:%Y-%m-%d}"
