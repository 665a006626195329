"""The public pages of the frozen reports: the list and each report."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from plan_reports.comparison import summary
from plan_reports.queries import frozen_reports, report_indicators, report_rows


def report_list(request):
    return TemplateResponse(
        request, "plan_reports/report_list.html", {"reports": frozen_reports()}
    )


def report_detail(request, slug):
    report = get_object_or_404(frozen_reports(), slug=slug)
    language = get_language()
    rows = report_rows(report, language)
    return TemplateResponse(
        request,
        "plan_reports/report_detail.html",
        {
            "report": report,
            "stock": summary(report, language, rows),
            "rows": rows,
            "indicators": report_indicators(report, language),
        },
    )
