"""Reading an uploaded table (CSV or XLSX) into rows, for the proposal import.

CSV follows RFC 4180 with an explicit dialect, never a guess from one line:
fields in double quotes, a doubled quote for a quote ("Un ""vrai"" titre"),
line breaks inside quoted fields, a UTF-8 byte order mark dropped. The
delimiter, `;` or `,` (spreadsheets in French save with `;`), is the one under
which the header names the most known columns.
"""

import csv
import io

from django.utils.translation import gettext as _

DELIMITERS = (";", ",", "\t")


class TableError(Exception):
    """The file itself cannot be read; the message says why, translated."""


class Rfc4180(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    strict = True


def _dialect(delimiter):
    return type("Rfc4180Dialect", (Rfc4180,), {"delimiter": delimiter})


def _header(text, delimiter):
    try:
        return next(csv.reader(io.StringIO(text, newline=""), _dialect(delimiter)))
    except (csv.Error, StopIteration):
        return []


def detect_delimiter(text, known_columns):
    """The delimiter under which the header names the most known columns
    (then: splits into the most columns)."""
    known = {column.lower() for column in known_columns}

    def score(delimiter):
        header = [cell.strip().lower() for cell in _header(text, delimiter)]
        return (len(known.intersection(header)), len(header))

    return max(DELIMITERS, key=score)


def read_csv(data, known_columns, max_field_size):
    """The lines of a CSV file as lists of strings."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TableError(_("Save the CSV file as UTF-8.")) from error
    if "\x00" in text:
        raise TableError(_("This is not a text file: save it as CSV (UTF-8)."))
    # The csv module's limit is process-wide: raise it to the upload limit so
    # that an over-long field is reported with its row, not refused unread.
    if csv.field_size_limit() < max_field_size:
        csv.field_size_limit(max_field_size)
    reader = csv.reader(
        io.StringIO(text, newline=""), _dialect(detect_delimiter(text, known_columns))
    )
    try:
        return list(reader)
    except csv.Error as error:
        raise TableError(
            _(
                "Line %(line)d cannot be read: a quote is not closed or a field "
                "is badly quoted (%(reason)s)."
            )
            % {"line": reader.line_num, "reason": error}
        ) from error


def read_xlsx(data):
    """The lines of the first sheet of an XLSX file."""
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        return [
            ["" if cell is None else cell for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    except Exception as error:  # openpyxl raises many kinds
        raise TableError(_("This is not a readable XLSX file.")) from error


def read_lines(data, name, known_columns, max_field_size):
    """The lines of a CSV or XLSX file (told apart by name, then by content)."""
    if name.lower().endswith(".xlsx") or data[:2] == b"PK":
        return read_xlsx(data)
    return read_csv(data, known_columns, max_field_size)
