"""The admin report of actions by status, exportable as a spreadsheet."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
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
