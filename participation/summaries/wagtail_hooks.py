"""Objective summaries in the admin: an item of the Proposals menu and its screens."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import RuleMenuItem
from participation.summaries import admin_views as views
from participation.summaries import rules


@hooks.register("register_proposals_menu_item")
def summaries_menu_item():
    return RuleMenuItem(
        _("Objective summaries"),
        reverse("participation_summaries:index"),
        icon_name="doc-full",
        order=960,
        rule=rules.can_edit_summary,
        name="proposals-summaries",
    )


@hooks.register("register_admin_urls")
def register_summary_admin_urls():
    urls = [
        path("", views.index, name="index"),
        path("<int:pk>/", views.edit, name="edit"),
    ]
    return [
        path(
            "objective-summaries/",
            include(
                (urls, "participation_summaries"), namespace="participation_summaries"
            ),
        )
    ]
