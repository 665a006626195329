"""The admin reports of actions: by status, and late or without news; each
exportable as a spreadsheet."""

import django_filters
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permissions import page_permission_policy

from climate_plan.models import ActionPage, ActionStatus
from home.spreadsheets import ExportMixin


class ActionsReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ActionStatus.choices
    )

    class Meta:
        model = ActionPage
        fields = ["status"]


class ActionsByStatusReport(ExportMixin, ReportView):
    page_title = _("Actions by status")
    header_icon = "tasks"
    index_url_name = "climate_plan_actions_report"
    index_results_url_name = "climate_plan_actions_report_results"
    filterset_class = ActionsReportFilterSet
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    list_export = [
        "title",
        "get_status_display",
        "progress",
        "start_date",
        "end_date",
        "lead_service",
        "budget",
        "expected_reduction",
    ]
    export_headings = {
        "title": _("Action"),
        "get_status_display": _("Status"),
        "progress": _("Progress (%)"),
        "start_date": _("Start date"),
        "end_date": _("End date"),
        "lead_service": _("Lead service"),
        "budget": _("Budget (€)"),
        "expected_reduction": _("Expected reduction (tCO2e per year)"),
    }
    columns = [
        TitleColumn("title", label=_("Action"), url_name="wagtailadmin_pages:edit"),
        Column("get_status_display", label=_("Status")),
        Column("progress", label=_("Progress (%)")),
        Column("lead_service", label=_("Lead service")),
        Column("end_date", label=_("End date")),
    ]

    permission_policy = page_permission_policy

    def get_queryset(self):
        return ActionPage.objects.filter(locale=Locale.get_default()).order_by(
            "status", "path"
        )


class TimelinessFilterSet(WagtailFilterSet):
    timeliness = django_filters.ChoiceFilter(
        label=_("Follow-up"),
        choices=[
            ("late", _("Late (a task past due)")),
            ("stale", _("No recent news")),
        ],
        method="filter_timeliness",
    )

    class Meta:
        model = ActionPage
        fields = []

    def filter_timeliness(self, queryset, name, value):
        return queryset.filter(**{f"is_{value}": True})


class LateAndStaleActionsReport(ExportMixin, ReportView):
    """The source-locale actions that are late or have no news within the
    plan's interval (see `climate_plan.timeliness`), the oldest news first."""

    page_title = _("Late actions and actions without news")
    header_icon = "time"
    index_url_name = "climate_plan_timeliness_report"
    index_results_url_name = "climate_plan_timeliness_report_results"
    filterset_class = TimelinessFilterSet
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    list_export = [
        "title",
        "get_status_display",
        "last_news_on",
        "is_stale",
        "late_task_count",
        "lead_organisation",
    ]
    export_headings = {
        "title": _("Action"),
        "get_status_display": _("Status"),
        "last_news_on": _("Last news"),
        "is_stale": _("No recent news"),
        "late_task_count": _("Tasks past due"),
        "lead_organisation": _("Lead organisation"),
    }
    columns = [
        TitleColumn("title", label=_("Action"), url_name="wagtailadmin_pages:edit"),
        Column("get_status_display", label=_("Status")),
        DateColumn("last_news_on", label=_("Last news")),
        BooleanColumn("is_stale", label=_("No recent news")),
        Column("late_task_count", label=_("Tasks past due")),
        Column("lead_organisation", label=_("Lead organisation")),
    ]

    permission_policy = page_permission_policy

    def get_queryset(self):
        from climate_plan import timeliness
        from climate_plan.models import ActionResponsibility, ClimatePlanPage

        plan = ClimatePlanPage.objects.filter(locale=Locale.get_default()).first()
        if plan is None:
            return ActionPage.objects.none()
        lead = ActionResponsibility.objects.filter(
            page=OuterRef("pk"), role="lead"
        ).values("organisation__name")[:1]
        return (
            timeliness.plan_actions(plan)
            .filter(Q(is_late=True) | Q(is_stale=True))
            .annotate(lead_organisation=Subquery(lead))
            .order_by("last_news_on", "path")
        )
