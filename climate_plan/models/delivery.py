"""Who carries out each action and how: organisations, contact people, the
plan's phases, tasks with due dates, and the reminders sent when an action has
no news.

Organisations are translatable snippets (like indicators); an action's
responsibilities, contacts and tasks are its own rows, translated with the page
(names and roles are texts, dates and roles are synchronised). The rules that
read them (late, stale) are in `climate_plan.timeliness`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class OrganisationKind(models.TextChoices):
    CITY_SERVICE = "city_service", _("Service of the city")
    PARTNER = "partner", _("Partner")


class Organisation(TranslatableMixin, models.Model):
    """A service of the city or a partner that carries out actions of the plan.

    Its public page is a route of the plan: `<plan>/organisations/<slug>/`."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "The end of the organisation's address, the same in every language."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.CITY_SERVICE,
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        TranslatableField("description"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="organisation_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class ResponsibilityRole(models.TextChoices):
    LEAD = "lead", _("Lead")
    PARTNER = "partner", _("Partner")


class ActionResponsibility(TranslatableMixin, Orderable):
    """An organisation responsible for an action, as its lead or a partner."""

    page = ParentalKey(
        "climate_plan.ActionPage",
        on_delete=models.CASCADE,
        related_name="responsibilities",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="responsibilities",
    )
    role = models.CharField(
        _("role"),
        max_length=10,
        choices=ResponsibilityRole.choices,
        default=ResponsibilityRole.LEAD,
    )

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]
    translatable_fields = [
        TranslatableField("organisation"),
        SynchronizedField("role"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("responsible organisation")
        verbose_name_plural = _("responsible organisations")


class ActionContact(TranslatableMixin, Orderable):
    """A person to contact about an action. The email receives the reminders;
    it is shown publicly only when `email_public` is ticked."""

    page = ParentalKey(
        "climate_plan.ActionPage", on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("e.g. Cycling officer")
    )
    email = models.EmailField(_("email"), blank=True)
    email_public = models.BooleanField(
        _("show the email publicly"),
        default=False,
        help_text=_("Otherwise the email only receives the reminders."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("email_public")]),
    ]
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("email"),
        SynchronizedField("email_public"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    @property
    def public_email(self):
        return self.email if self.email_public else ""


class ImplementationPhase(TranslatableMixin, Orderable):
    """One phase of the plan's implementation (planned, preparation,
    implementation, done…), in the plan's order. Actions name their current
    phase by its identifier, the same in every language."""

    plan = ParentalKey(
        "climate_plan.ClimatePlanPage", on_delete=models.CASCADE, related_name="phases"
    )
    identifier = models.SlugField(
        _("identifier"),
        max_length=40,
        help_text=_("Short and stable, e.g. preparation. Actions refer to it."),
    )
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("identifier")])]
    translatable_fields = [
        SynchronizedField("identifier"),
        TranslatableField("name"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("implementation phase")
        verbose_name_plural = _("implementation phases")

    def __str__(self):
        return self.name


class ActionTask(TranslatableMixin, Orderable):
    """A step of an action with a due date. Done when it has a completion date."""

    page = ParentalKey(
        "climate_plan.ActionPage", on_delete=models.CASCADE, related_name="tasks"
    )
    name = models.CharField(_("name"), max_length=250)
    due_date = models.DateField(_("due date"))
    completed_on = models.DateField(
        _("completed on"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the task is not done."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("completed_on")]),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("due_date"),
        SynchronizedField("completed_on"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("task")
        verbose_name_plural = _("tasks")

    @property
    def is_done(self):
        return self.completed_on is not None


class ActionReminder(models.Model):
    """One reminder sent to one address about one action (the source-locale
    page), so the daily run does not write again within the plan's interval.
    Unique per day: two runs at once send one email."""

    action = models.ForeignKey(
        "climate_plan.ActionPage",
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    email = models.EmailField(_("email"))
    sent_on = models.DateField(_("sent on"))

    class Meta:
        verbose_name = _("action reminder")
        constraints = [
            models.UniqueConstraint(
                fields=["action", "email", "sent_on"], name="one_reminder_a_day"
            )
        ]
