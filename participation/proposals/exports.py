"""Proposal spreadsheets: every field for staff, open data for everyone.

Cells that start with = + - @ are prefixed with a quote so a spreadsheet never
runs a resident's text as a formula.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

OPEN_DATA_COLUMNS = [
    ("reference", lambda p: p.reference),
    ("title", lambda p: p.title),
    ("text", lambda p: p.text),
    ("theme", lambda p: p.theme.title if p.theme else ""),
    ("neighbourhood", lambda p: p.neighbourhood.name if p.neighbourhood else ""),
    ("tags", lambda p: ", ".join(sorted(t.name for t in p.tags.all()))),
    ("channel", lambda p: p.channel),
    ("event", lambda p: p.event.title if p.event else ""),
    ("language", lambda p: p.language),
    ("status", lambda p: p.status.code),
    ("submitted_at", lambda p: _iso(p.submitted_at)),
    ("published_at", lambda p: _iso(p.published_at)),
    ("supports", lambda p: p.support_count),
    ("objectives", lambda p: " | ".join(o.title for o in p.objectives.all())),
    ("official_answer", lambda p: p.official_answer),
    ("answered_at", lambda p: _iso(p.answered_at)),
]

STAFF_COLUMNS = [
    *OPEN_DATA_COLUMNS,
    ("call", lambda p: p.call.title),
    ("status_reason", lambda p: p.status_reason),
    ("merged_into", lambda p: p.merged_into.reference if p.merged_into else ""),
    ("author_email", lambda p: p.author.email if p.author else ""),
    ("pseudonym", lambda p: p.pseudonym),
    ("publish_pseudonym", lambda p: "yes" if p.publish_pseudonym else "no"),
    ("contact", lambda p: p.contact),
    ("entered_by", lambda p: p.entered_by.email if p.entered_by else ""),
    ("updated_at", lambda p: _iso(p.updated_at)),
]


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="minutes") if value else ""


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def rows(proposals, columns):
    yield [name for name, _ in columns]
    for proposal in proposals:
        yield [safe_cell(read(proposal)) for _, read in columns]


def csv_response(table, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # spreadsheet programs then read UTF-8
    writer = csv.writer(response)
    writer.writerows(table)
    return response


def xlsx_response(table, filename, title="proposals"):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    for row in table:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def open_data_response(proposals):
    return csv_response(rows(proposals, OPEN_DATA_COLUMNS), "proposals-open-data.csv")


def staff_response(proposals, file_format="csv"):
    proposals = proposals.select_related(
        "call",
        "status",
        "theme",
        "neighbourhood",
        "event",
        "merged_into",
        "author",
        "entered_by",
    ).prefetch_related("tags", "objectives")
    table = rows(proposals, STAFF_COLUMNS)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    if file_format == "xlsx":
        return xlsx_response(table, f"proposals-{stamp}.xlsx")
    return csv_response(table, f"proposals-{stamp}.csv")
