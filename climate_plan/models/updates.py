"""Dated updates on an action: its public timeline.

Updates are not page content: committee members add them from the admin
without being able to edit the page. Like participation data they form one
pool across languages, pointing at the source-locale action, and record the
language they were written in.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from climate_plan.models.plan import ActionStatus


class ActionUpdate(models.Model):
    action = models.ForeignKey(
        "climate_plan.ActionPage",
        verbose_name=_("action"),
        on_delete=models.CASCADE,
        related_name="updates",
    )
    date = models.DateField(_("date"))
    text = models.TextField(_("text"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_updates",
        editable=False,
    )
    signed = models.CharField(
        _("signed by"),
        max_length=200,
        help_text=_("Shown publicly, e.g. “Mobility monitoring committee”."),
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="fr"
    )
    status = models.CharField(
        _("status after this update"),
        max_length=20,
        choices=ActionStatus.choices,
        blank=True,
        help_text=_("Leave empty if the update does not change the status."),
    )
    progress = models.PositiveSmallIntegerField(
        _("progress after this update (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("action"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("language")]),
        FieldPanel("text"),
        FieldPanel("document"),
        FieldPanel("signed"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("progress")]),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("action update")
        verbose_name_plural = _("action updates")

    def __str__(self):
        return f"{self.action.title} · {self.date:%Y-%m-%d}"
