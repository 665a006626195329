"""Reports in the admin: staff freeze one; nobody can edit or delete it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from plan_reports import services
from plan_reports.models import PlanReport


class FreezeOnly(ModelPermissionPolicy):
    """A report can be frozen (added) and read, never changed nor deleted."""

    refused = {"change", "delete", "lock", "unlock"}

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(
            user, [a for a in actions if a not in self.refused]
        )


class FreezeReportView(CreateView):
    """The add form freezes the report through the service."""

    def save_instance(self):
        data = self.form.cleaned_data
        try:
            return services.freeze_report(
                title=data["title"],
                slug=data["slug"],
                as_of=data["as_of"],
                user=self.request.user,
            )
        except services.CannotFreeze as error:
            raise ValidationError(str(error)) from error

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            self.produced_error_message = error.messages[0]
            return self.form_invalid(form)

    def log_action(self, instance):
        pass  # the service writes the freeze to the history


class PlanReportViewSet(SnippetViewSet):
    model = PlanReport
    icon = "lock"
    menu_label = _("Frozen reports")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["title", "as_of", "frozen_at", "plan_progress"]
    ordering = ["-as_of"]
    inspect_view_enabled = True
    add_view_class = FreezeReportView
    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("as_of")]

    @property
    def permission_policy(self):
        return FreezeOnly(self.model)


register_snippet(PlanReportViewSet)


@hooks.register("register_log_actions")
def register_freeze_log_action(actions):
    @actions.register_action(services.FREEZE)
    class Freeze(LogFormatter):
        label = _("Freeze a report")

        def format_message(self, log_entry):
            return _("Report frozen")
