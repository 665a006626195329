"""Monitoring committees: one per theme, following the actions it monitors.

A member may be linked to a user account: that person (in the "Committee
members" group) may then add updates to the actions the committee monitors,
and to no others (see `climate_plan.rules`).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    PageChooserPanel,
)
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from accounts.choosers import committee_account_chooser
from climate_plan.models.plan import ActionStatus
from climate_plan.models.review import ReviewedPlanPage
from home.models import BasePage
from home.translations import localized_pages


class College(models.TextChoices):
    RESIDENTS = "residents", _("Residents")
    ASSOCIATIONS = "associations", _("Associations")
    AGENTS = "agents", _("Municipal agents")
    ELECTED = "elected", _("Elected officials")
    ACTORS = "actors", _("Economic and institutional actors")


class CommitteePage(ReviewedPlanPage, BasePage):
    mandate = models.TextField(_("mandate"), blank=True)

    content_panels = [
        *BasePage.content_panels[:2],
        FieldPanel("mandate"),
        InlinePanel("members", heading=_("Members"), label=_("member")),
        InlinePanel("meetings", heading=_("Meetings"), label=_("meeting")),
        InlinePanel(
            "monitored_actions", heading=_("Monitored actions"), label=_("action")
        ),
        *BasePage.content_panels[2:],
    ]
    # Members, meetings and monitored actions are the same in every language.
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("mandate"),
        SynchronizedField("members"),
        SynchronizedField("meetings"),
        SynchronizedField("monitored_actions"),
    ]
    parent_page_types = ["climate_plan.ThemePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "climate_plan/committee_page.html"

    class Meta:
        verbose_name = _("monitoring committee")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = list(self.members.all())
        colleges = []
        for value, label in College.choices:
            in_college = [m for m in members if m.college == value]
            if in_college:
                colleges.append(
                    {
                        "label": label,
                        "named": [m for m in in_college if m.name_published],
                        "unnamed": sum(1 for m in in_college if not m.name_published),
                    }
                )
        monitored = [
            entry.action for entry in self.monitored_actions.select_related("action")
        ]
        translations = localized_pages(monitored, locale=self.locale)
        context.update(
            {
                "colleges": colleges,
                "meetings": self.meetings.select_related("minutes").all(),
                "monitored": [
                    (action, ActionStatus(action.status).label)
                    for action in (translations[page.pk] for page in monitored)
                ],
            }
        )
        return context


class CommitteeMember(Orderable):
    committee = ParentalKey(
        CommitteePage, on_delete=models.CASCADE, related_name="members"
    )
    name = models.CharField(_("name"), max_length=200)
    college = models.CharField(_("college"), max_length=20, choices=College.choices)
    organisation = models.CharField(
        _("organisation or role"), max_length=200, blank=True
    )
    name_published = models.BooleanField(
        _("consents to publish the name"),
        default=False,
        help_text=_("Without consent, the member is counted but not named."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="committee_memberships",
        help_text=_(
            "Link the member's account (in the “Committee members” group) so they "
            "can add updates to the monitored actions."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("college")]),
        FieldPanel("organisation"),
        FieldRowPanel(
            [
                FieldPanel("name_published"),
                FieldPanel("user", widget=committee_account_chooser.widget_class),
            ]
        ),
    ]


class CommitteeMeeting(Orderable):
    committee = ParentalKey(
        CommitteePage, on_delete=models.CASCADE, related_name="meetings"
    )
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
        FieldPanel("minutes"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["-date"]


class CommitteeMonitoredAction(Orderable):
    committee = ParentalKey(
        CommitteePage, on_delete=models.CASCADE, related_name="monitored_actions"
    )
    action = models.ForeignKey(
        "climate_plan.ActionPage",
        verbose_name=_("action"),
        on_delete=models.CASCADE,
        related_name="monitoring_committees",
    )

    panels = [PageChooserPanel("action", "climate_plan.ActionPage")]
