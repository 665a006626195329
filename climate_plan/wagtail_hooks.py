"""The plan in the admin: indicators, action updates and the actions report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from climate_plan import rules
from climate_plan.admin_reports import ActionsByStatusReport
from climate_plan.forms import ActionUpdateForm
from climate_plan.models import ActionUpdate, Indicator


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    list_display = ["name", "unit", "baseline_year", "target_year"]


class ActionUpdateViewSet(SnippetViewSet):
    """Where committee members add updates to the actions they monitor."""

    model = ActionUpdate
    icon = "date"
    menu_label = _("Action updates")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["action", "date", "signed", "status"]
    ordering = ["-date"]
    edit_handler = ObjectList(ActionUpdate.panels, base_form_class=ActionUpdateForm)

    def get_queryset(self, request):
        queryset = ActionUpdate.objects.select_related("action")
        if request.user.is_superuser:
            return queryset
        return queryset.filter(action__in=rules.updatable_actions(request.user))


register_snippet(IndicatorViewSet)
register_snippet(ActionUpdateViewSet)


@hooks.register("register_reports_menu_item")
def register_actions_report_menu_item():
    return MenuItem(
        _("Actions by status"),
        reverse("climate_plan_actions_report"),
        icon_name="tasks",
        order=700,
    )


@hooks.register("register_admin_urls")
def register_actions_report_url():
    return [
        path(
            "reports/actions-by-status/",
            ActionsByStatusReport.as_view(),
            name="climate_plan_actions_report",
        ),
        path(
            "reports/actions-by-status/results/",
            ActionsByStatusReport.as_view(results_only=True),
            name="climate_plan_actions_report_results",
        ),
    ]
