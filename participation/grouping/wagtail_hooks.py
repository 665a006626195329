"""Grouping suggestions in the admin: a "Suggest groupings" item in the
Proposals menu and its screens."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import RuleMenuItem
from participation.grouping import admin_views as views
from participation.grouping import rules


@hooks.register("register_proposals_menu_item")
def grouping_menu_item():
    return RuleMenuItem(
        _("Suggest groupings"),
        reverse("participation_grouping:index"),
        icon_name="group",
        order=950,
        rule=rules.can_group,
        name="proposals-grouping",
    )


@hooks.register("register_admin_urls")
def register_grouping_admin_urls():
    urls = [
        path("", views.index, name="index"),
        path("<int:pk>/", views.run_view, name="run"),
        path("<int:pk>/status.json", views.run_status_json, name="run_status_json"),
        path("suggestion/<int:pk>/", views.suggestion_action, name="suggestion"),
    ]
    return [
        path(
            "proposal-grouping/",
            include(
                (urls, "participation_grouping"), namespace="participation_grouping"
            ),
        )
    ]
