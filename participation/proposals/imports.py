"""Import of paper proposals from a CSV or XLSX file: every row is checked,
then all are imported in one transaction, or none.

Columns (first row, in any order; see README "Proposals — import format"):
title, text, theme, channel, date, language, neighbourhood, event, tags,
pseudonym, contact.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from climate_plan.models import Neighbourhood, ThemePage
from participation.models import Channel, EventPage, ProposalHistory
from participation.proposals import services
from participation.proposals.models import (
    OFFLINE_CHANNELS,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)

COLUMNS = [
    "title",
    "text",
    "theme",
    "channel",
    "date",
    "language",
    "neighbourhood",
    "event",
    "tags",
    "pseudonym",
    "contact",
]
REQUIRED = ["title", "text", "theme", "channel"]
EXAMPLE = [
    "Des arceaux vélos devant l'école",
    "Installer une dizaine d'arceaux...",
    "mobilites",
    "paper",
    "2021-07-12",
    "fr",
    "centre-ville",
    "",
    "vélo, école",
    "Marie",
    "06 12 34 56 78",
]


@dataclass
class ImportReport:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (line number, [messages])
    imported: int = 0

    @property
    def ok(self):
        return not self.errors


class ImportFileError(Exception):
    """The file itself cannot be read."""


def read_table(uploaded, name=""):
    """The rows of a CSV or XLSX file as dicts keyed by lower-case column name."""
    name = (name or getattr(uploaded, "name", "")).lower()
    data = uploaded.read() if hasattr(uploaded, "read") else uploaded
    if name.endswith(".xlsx") or data[:2] == b"PK":
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(
                io.BytesIO(data), read_only=True, data_only=True
            ).active
        except Exception as error:  # openpyxl raises many kinds on a bad file
            raise ImportFileError(_("This is not a readable XLSX file.")) from error
        lines = [
            ["" if cell is None else cell for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportFileError(_("Save the CSV file as UTF-8.")) from error
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
        lines = list(csv.reader(io.StringIO(text), dialect))
    if not lines:
        raise ImportFileError(_("The file is empty."))
    header = [str(cell).strip().lower() for cell in lines[0]]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    rows = []
    for line in lines[1:]:
        if not any(str(cell).strip() for cell in line):
            continue
        rows.append(dict(zip(header, line, strict=False)))
    return rows


class Lookups:
    """Themes, events and neighbourhoods by slug (or title), loaded once."""

    def __init__(self):
        source = Locale.get_default()
        self.themes = {}
        for theme in ThemePage.objects.filter(locale=source):
            self.themes[theme.slug.lower()] = theme
            self.themes[theme.title.lower()] = theme
        self.events = {
            e.slug.lower(): e for e in EventPage.objects.filter(locale=source)
        }
        self.neighbourhoods = {}
        for neighbourhood in Neighbourhood.objects.all():
            self.neighbourhoods[neighbourhood.slug.lower()] = neighbourhood
            self.neighbourhoods[neighbourhood.name.lower()] = neighbourhood
        self.languages = {code for code, _name in settings.LANGUAGES}


def parse_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.make_aware(value) if timezone.is_naive(value) else value
    if isinstance(value, datetime.date):
        value = value.isoformat()
    value = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            day = datetime.datetime.strptime(value, pattern)
        except ValueError:
            continue
        return timezone.make_aware(day.replace(hour=12))
    raise ValueError


def clean_row(row, lookups):
    """One row as the service's keyword arguments, or the list of what is wrong."""
    value = {key: str(row.get(key, "") or "").strip() for key in COLUMNS}
    errors = []
    for column in REQUIRED:
        if not value[column]:
            errors.append(_("“%(column)s” is empty.") % {"column": column})
    if len(value["title"]) > TITLE_MAX_LENGTH:
        errors.append(
            _("The title is longer than %(max)d characters.")
            % {"max": TITLE_MAX_LENGTH}
        )
    if len(value["text"]) > TEXT_MAX_LENGTH:
        errors.append(
            _("The text is longer than %(max)d characters.") % {"max": TEXT_MAX_LENGTH}
        )
    theme = lookups.themes.get(value["theme"].lower())
    if value["theme"] and theme is None:
        errors.append(_("Unknown theme “%(value)s”.") % {"value": value["theme"]})
    channels = {c.value for c in OFFLINE_CHANNELS}
    if value["channel"] and value["channel"] not in channels:
        errors.append(
            _("Unknown channel “%(value)s” (use one of: %(choices)s).")
            % {"value": value["channel"], "choices": ", ".join(sorted(channels))}
        )
    event = None
    if value["event"]:
        event = lookups.events.get(value["event"].lower())
        if event is None:
            errors.append(_("Unknown event “%(value)s”.") % {"value": value["event"]})
    neighbourhood = None
    if value["neighbourhood"]:
        neighbourhood = lookups.neighbourhoods.get(value["neighbourhood"].lower())
        if neighbourhood is None:
            errors.append(
                _("Unknown neighbourhood “%(value)s”.")
                % {"value": value["neighbourhood"]}
            )
    language = value["language"].lower() or "fr"
    if language not in lookups.languages:
        errors.append(_("Unknown language “%(value)s”.") % {"value": value["language"]})
    submitted_at = None
    raw_date = row.get("date")
    if raw_date not in (None, ""):
        try:
            submitted_at = parse_date(raw_date)
        except ValueError:
            errors.append(
                _("The date “%(value)s” is not like 2021-07-12.") % {"value": raw_date}
            )
    if errors:
        return None, errors
    return {
        "title": value["title"],
        "text": value["text"],
        "theme": theme,
        "channel": Channel(value["channel"]),
        "event": event,
        "neighbourhood": neighbourhood,
        "language": language,
        "tags": value["tags"],
        "pseudonym": value["pseudonym"],
        "contact": value["contact"],
        "submitted_at": submitted_at,
    }, []


def import_proposals(rows, *, call, agent, progress=None):
    """Check every row; import them all in one transaction only if none is wrong.

    `progress(n)` is called after each imported row (the command's progress bar).
    """
    if not services.rules.can_import(agent):
        raise services.NotAllowed
    report = ImportReport()
    lookups = Lookups()
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        cleaned, errors = clean_row(row, lookups)
        if errors:
            report.errors.append((number, errors))
        else:
            report.rows.append(cleaned)
    if report.errors or not report.rows:
        if not report.rows and not report.errors:
            report.errors.append((1, [_("The file has no proposal.")]))
        return report
    with transaction.atomic():
        for cleaned in report.rows:
            services.enter_offline_proposal(
                agent=agent,
                call=call,
                action=ProposalHistory.Action.IMPORTED,
                **cleaned,
            )
            report.imported += 1
            if progress:
                progress(1)
    return report


def template_rows():
    return [COLUMNS, EXAMPLE]
