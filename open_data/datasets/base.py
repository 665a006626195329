"""A data set: what may be shown (`queryset`), how each row reads (`fields`).

A field is a name, a description for the documentation and a function of the
row and of the batch's context (`context`: the lookups a batch of rows needs,
made once per batch so that a listing costs the same number of queries
whatever its length). Adding a field to a set is adding one `Field`.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils import timezone

CSV_BATCH = 500


@dataclass(frozen=True)
class Field:
    name: str
    help: Any  # a lazy translated string
    read: Any  # (item, context) -> a JSON value


def attr(name):
    """A field reading the row's attribute `name`."""
    return lambda item, context: getattr(item, name)


def iso(value):
    """A date or a time as ISO 8601 (times in the site's time zone)."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat()


def number(value):
    return None if value is None else float(value)


def cell(value):
    """A JSON value as one spreadsheet cell: lists joined with " | ", objects
    as key=value pairs, nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return " | ".join(cell(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}={cell(item)}" for key, item in value.items())
    if isinstance(value, Decimal):
        return str(value)
    return value


class Dataset:
    slug = ""  # its address: /api/v1/<slug>/ and /api/v1/<slug>.csv
    title = ""
    description = ""
    fields = ()

    def queryset(self):
        """What may be shown, in a stable order."""
        raise NotImplementedError

    def context(self, items, request):
        """The lookups this batch of rows needs, made once."""
        return {"request": request}

    def rows(self, items, request):
        items = list(items)
        context = self.context(items, request)
        return [
            {field.name: field.read(item, context) for field in self.fields}
            for item in items
        ]

    def table(self, request):
        """The headings, then every row, as spreadsheet cells (for CSV)."""
        yield [field.name for field in self.fields]
        queryset = self.queryset()
        start = 0
        while True:
            batch = list(queryset[start : start + CSV_BATCH])
            for row in self.rows(batch, request):
                yield [cell(value) for value in row.values()]
            if len(batch) < CSV_BATCH:
                return
            start += CSV_BATCH
