"""Every spreadsheet the site writes (CSV or XLSX), from columns and rows.

A table is an iterable of rows, its first row the headings; `table(columns,
items)` builds one from `(heading, getter)` pairs. The writers below are the
only ones in the project: each cell goes through `safe_cell`, so a resident's
text that starts like a formula (= + - @, a tab or a carriage return) gets a
leading quote and a spreadsheet program shows it instead of running it.

CSV is written with the `csv` module's defaults (comma, CRLF), so files
that are read back (the anonymised ballots) keep their format.
"""

import csv
import datetime
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.coreutils import multigetattr

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """The value as a cell: never a formula, never an aware datetime
    (XLSX has no time zones: local time is written)."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.make_naive(value)
    return value


def safe_rows(rows):
    for row in rows:
        yield [safe_cell(value) for value in row]


def table(columns, items):
    """The headings of `columns` ((heading, getter) pairs), then a row per item."""
    yield [heading for heading, _ in columns]
    for item in items:
        yield [read(item) for _, read in columns]


def write_csv(rows, stream):
    """Write the rows as CSV to a text stream (a file, a StringIO, a response)."""
    csv.writer(stream).writerows(safe_rows(rows))


def csv_text(rows):
    stream = io.StringIO()
    write_csv(rows, stream)
    return stream.getvalue()


def xlsx_bytes(rows, title="Sheet1"):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    for row in safe_rows(rows):
        sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(rows, filename, byte_order_mark=True):
    """A CSV download. The byte order mark tells spreadsheet programs the file
    is UTF-8; files meant to be read back by programs go without it."""
    response = HttpResponse(content_type=CSV_TYPE)
    if byte_order_mark:
        response.write("\ufeff")
    write_csv(rows, response)
    return _attachment(response, filename)


def xlsx_response(rows, filename, title="Sheet1"):
    return _attachment(
        HttpResponse(xlsx_bytes(rows, title), content_type=XLSX_TYPE), filename
    )


def response(rows, name, file_format, title="Sheet1"):
    """A download of `name`.csv, or `name`.xlsx when file_format is "xlsx"."""
    if file_format == "xlsx":
        return xlsx_response(rows, f"{name}.xlsx", title)
    return csv_response(rows, f"{name}.csv")


class ExportMixin(SpreadsheetExportMixin):
    """Wagtail's export of admin listings and reports (`list_export`,
    `export_headings`, the download buttons), written by this module so that
    its cells are guarded like every other export's."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        def getter(field):
            return lambda item: self.preprocess_field_value(
                field, multigetattr(item, field), spreadsheet_format
            )

        columns = [
            (self.get_heading(queryset, field), getter(field))
            for field in self.list_export
        ]
        return response(
            table(columns, queryset), self.get_filename(), spreadsheet_format
        )
