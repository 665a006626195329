"""The one spreadsheet writer: formula guard, CSV format, XLSX cells."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from home import spreadsheets

COLUMNS = [("name", lambda item: item["name"]), ("n", lambda item: item["n"])]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_that_look_like_formulas_get_a_quote_in_both_formats(start):
    rows = list(spreadsheets.table(COLUMNS, [{"name": f"{start}1+1", "n": -3}]))

    written = list(csv.reader(io.StringIO(spreadsheets.csv_text(rows))))
    sheet = load_workbook(io.BytesIO(spreadsheets.xlsx_bytes(rows))).active

    assert written[1] == [f"'{start}1+1", "-3"]  # numbers stay numbers
    # XML keeps no carriage return: compare the quote and what follows it.
    assert sheet["A2"].value[0] == "'" and sheet["A2"].value.endswith("1+1")
    assert sheet["A2"].data_type == "s" and sheet["B2"].value == -3


def test_csv_keeps_the_csv_module_format_and_the_response_its_headers():
    rows = [["a", "b"], [1, "x y"], [2, "with, comma"]]

    assert spreadsheets.csv_text(rows) == 'a,b\r\n1,x y\r\n2,"with, comma"\r\n'
    response = spreadsheets.response(rows, "export", "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="export.csv"'
    assert response.content.startswith("\ufeffa,b".encode())
    bare = spreadsheets.csv_response(rows, "x.csv", byte_order_mark=False)
    assert bare.content.startswith(b"a,b")


def test_xlsx_takes_aware_datetimes_as_local_time():
    moment = timezone.make_aware(datetime.datetime(2024, 3, 1, 12, 30))
    response = spreadsheets.response([["at"], [moment]], "export", "xlsx", "dates")

    sheet = load_workbook(io.BytesIO(response.content))["dates"]
    assert sheet["A2"].value == datetime.datetime(2024, 3, 1, 12, 30)
    assert response["Content-Disposition"] == 'attachment; filename="export.xlsx"'
