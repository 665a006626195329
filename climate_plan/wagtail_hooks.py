"""The plan in the admin: indicators, action updates and the actions report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.log_actions import LogFormatter, log
from wagtail.models import WorkflowPage
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from climate_plan import rules, services
from climate_plan.admin_reports import (
    ActionsByStatusReport,
    LateAndStaleActionsReport,
)
from climate_plan.forms import ActionUpdateForm
from climate_plan.models import (
    ActionStatus,
    ActionUpdate,
    ClimatePlanPage,
    Indicator,
    Organisation,
)
from climate_plan.models.review import plan_review_workflow
from home.tasks import TIMER_HOOK


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    list_display = ["name", "level", "unit", "baseline_year", "target_year"]
    list_filter = ["level", "locale"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "slug"]
    search_fields = ["name"]


class PostActionUpdateMixin:
    """Saving an update goes through the service that also moves the action."""

    def save_instance(self):
        update = services.post_action_update(
            self.form.save(commit=False), self.request.user
        )
        self.has_content_changes = self.view_name == "create" or self.form.has_changed()
        log(
            instance=update,
            action="wagtail.create" if self.view_name == "create" else "wagtail.edit",
            content_changed=self.has_content_changes,
        )
        return update


class CreateActionUpdateView(PostActionUpdateMixin, CreateView):
    pass


class EditActionUpdateView(PostActionUpdateMixin, EditView):
    pass


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
    add_view_class = CreateActionUpdateView
    edit_view_class = EditActionUpdateView

    def get_queryset(self, request):
        queryset = ActionUpdate.objects.select_related("action")
        if request.user.is_superuser:
            return queryset
        return queryset.filter(action__in=rules.updatable_actions(request.user))


register_snippet(IndicatorViewSet)
register_snippet(OrganisationViewSet)
register_snippet(ActionUpdateViewSet)


@hooks.register("register_reports_menu_item")
def register_actions_report_menu_item():
    return MenuItem(
        _("Actions by status"),
        reverse("climate_plan_actions_report"),
        icon_name="tasks",
        order=700,
    )


@hooks.register("register_reports_menu_item")
def register_timeliness_report_menu_item():
    return MenuItem(
        _("Late actions and actions without news"),
        reverse("climate_plan_timeliness_report"),
        icon_name="time",
        order=710,
    )


@hooks.register("register_admin_urls")
def register_actions_report_url():
    return [
        path(
            "reports/late-and-stale-actions/",
            LateAndStaleActionsReport.as_view(),
            name="climate_plan_timeliness_report",
        ),
        path(
            "reports/late-and-stale-actions/results/",
            LateAndStaleActionsReport.as_view(results_only=True),
            name="climate_plan_timeliness_report_results",
        ),
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


@hooks.register("register_log_actions")
def register_plan_log_actions(actions):
    @actions.register_action(services.MOVED_BY_UPDATE)
    class MovedByUpdate(LogFormatter):
        label = _("Moved by an update")

        def format_message(self, log_entry):
            data = log_entry.data
            parts = []
            status = data["changes"].get("status")
            if status:
                parts.append(
                    _("status %(old)s → %(new)s")
                    % {
                        "old": ActionStatus(status[0]).label,
                        "new": ActionStatus(status[1]).label,
                    }
                )
            progress = data["changes"].get("progress")
            if progress:
                parts.append(
                    _("progress %(old)s %% → %(new)s %%")
                    % {"old": progress[0], "new": progress[1]}
                )
            return _("Update of %(date)s: %(changes)s") % {
                "date": data.get("date", ""),
                "changes": ", ".join(str(part) for part in parts),
            }


@hooks.register("after_create_page")
def review_new_plan_pages(request, page):
    """A plan page created in the admin follows the plan's review."""
    if isinstance(page.specific, ClimatePlanPage):
        WorkflowPage.objects.get_or_create(
            page=page, defaults={"workflow": plan_review_workflow()}
        )


@hooks.register(TIMER_HOOK)
def action_reminders_task():
    from climate_plan.tasks import send_action_reminders

    return send_action_reminders
