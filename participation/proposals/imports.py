"""Import of paper proposals from a CSV or XLSX file: every row is checked,
then all are imported in one transaction, or none.

Columns (first row, in any order; see README "Proposals — import format"):
title, text, theme, channel, date, language, neighbourhood, event, tags,
pseudonym, contact. A row whose title starts with `[example]` (the
template's example row) is skipped.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Locale

from climate_plan.models import Neighbourhood, ThemePage
from participation.models import Channel, EventPage, Proposal
from participation.proposals import services
from participation.proposals.models import (
    OFFLINE_CHANNELS,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)
from participation.proposals.table_reader import TableError, read_lines
from participation.proposals.tags import validated_tags

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
EXAMPLE_MARK = "[example]"
EXAMPLE = [
    f"{EXAMPLE_MARK} Des arceaux vélos devant l'école",
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
# Free-text columns and their longest value (the model's).
MAX_LENGTHS = {
    "pseudonym": Proposal._meta.get_field("pseudonym").max_length,
    "contact": Proposal._meta.get_field("contact").max_length,
}
# A value quoted back in an error message is cut to this length.
QUOTED_LENGTH = 40
# Progress is reported every so many rows checked.
PROGRESS_EVERY = 250


def max_upload_bytes():
    """The largest file an import accepts (`AGIR_IMPORT_MAX_BYTES`)."""
    return settings.AGIR_IMPORT_MAX_BYTES


@dataclass
class ImportReport:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (line number, [messages])
    skipped: int = 0  # the template's example row
    imported: int = 0

    @property
    def ok(self):
        return not self.errors


ImportFileError = TableError


def too_big_message(size):
    return _(
        "The file is %(size)s; an import takes at most %(max)s. Split it into "
        "several files."
    ) % {"size": filesizeformat(size), "max": filesizeformat(max_upload_bytes())}


def read_upload(uploaded):
    """The bytes of an uploaded (or opened) file, refused past the size limit."""
    limit = max_upload_bytes()
    size = getattr(uploaded, "size", None)
    if size is not None and size > limit:
        raise TableError(too_big_message(size))
    data = uploaded.read(limit + 1) if hasattr(uploaded, "read") else uploaded
    if len(data) > limit:
        raise TableError(too_big_message(len(data)))
    return data


def read_table(uploaded, name=""):
    """The rows of a CSV or XLSX file as dicts keyed by lower-case column name.

    Raises TableError (a translated message) for a file that cannot be read,
    is too big, has one column only or lacks a required column.
    """
    name = name or getattr(uploaded, "name", "") or ""
    data = read_upload(uploaded)
    lines = read_lines(data, name, COLUMNS, max_upload_bytes())
    if not lines:
        raise TableError(_("The file is empty."))
    header = [str(cell).strip().lower() for cell in lines[0]]
    if len(header) < 2:
        raise TableError(
            _(
                "The file has a single column: put one proposal per row, its "
                "values in the columns %(columns)s, separated by “,” or “;” "
                "(or fill in the XLSX template)."
            )
            % {"columns": ", ".join(REQUIRED)}
        )
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise TableError(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    rows = []
    for line in lines[1:]:
        if not any(str(cell).strip() for cell in line):
            continue
        rows.append(dict(zip(header, line, strict=False)))
    return rows


def quoted(value):
    return Truncator(str(value)).chars(QUOTED_LENGTH)


def is_example(row):
    """The template's example row, left in the file."""
    return str(row.get("title", "") or "").strip().lower().startswith(EXAMPLE_MARK)


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
    for column, limit in MAX_LENGTHS.items():
        if len(value[column]) > limit:
            errors.append(
                _("“%(column)s” is longer than %(max)d characters.")
                % {"column": column, "max": limit}
            )
    tags = []
    try:
        tags = validated_tags(value["tags"])
    except ValidationError as error:
        errors.extend(error.messages)
    theme = lookups.themes.get(value["theme"].lower())
    if value["theme"] and theme is None:
        errors.append(
            _("Unknown theme “%(value)s”.") % {"value": quoted(value["theme"])}
        )
    channels = {c.value for c in OFFLINE_CHANNELS}
    if value["channel"] and value["channel"] not in channels:
        errors.append(
            _("Unknown channel “%(value)s” (use one of: %(choices)s).")
            % {
                "value": quoted(value["channel"]),
                "choices": ", ".join(sorted(channels)),
            }
        )
    event = None
    if value["event"]:
        event = lookups.events.get(value["event"].lower())
        if event is None:
            errors.append(
                _("Unknown event “%(value)s”.") % {"value": quoted(value["event"])}
            )
    neighbourhood = None
    if value["neighbourhood"]:
        neighbourhood = lookups.neighbourhoods.get(value["neighbourhood"].lower())
        if neighbourhood is None:
            errors.append(
                _("Unknown neighbourhood “%(value)s”.")
                % {"value": quoted(value["neighbourhood"])}
            )
    language = value["language"].lower() or "fr"
    if language not in lookups.languages:
        errors.append(
            _("Unknown language “%(value)s”.") % {"value": quoted(value["language"])}
        )
    submitted_at = None
    raw_date = row.get("date")
    if raw_date not in (None, ""):
        try:
            submitted_at = parse_date(raw_date)
        except ValueError:
            errors.append(
                _("The date “%(value)s” is not like 2021-07-12.")
                % {"value": quoted(raw_date)}
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
        "tags": tags,
        "pseudonym": value["pseudonym"],
        "contact": value["contact"],
        "submitted_at": submitted_at,
    }, []


def check_rows(rows, progress=None):
    """Check every row: the report holds the cleaned rows and each bad line
    with its reasons. `progress(n)` is called with the rows checked so far."""
    report = ImportReport()
    lookups = Lookups()
    for index, row in enumerate(rows):
        number = index + 2  # line 1 is the header
        if is_example(row):
            report.skipped += 1
        else:
            cleaned, errors = clean_row(row, lookups)
            if errors:
                report.errors.append((number, errors))
            else:
                report.rows.append(cleaned)
        if progress and (index + 1) % PROGRESS_EVERY == 0:
            progress(index + 1)
    if not report.rows and not report.errors:
        report.errors.append((1, [_("The file has no proposal.")]))
    return report


def import_proposals(rows, *, call, agent, checked=None, imported=None):
    """Check every row; import them all in one transaction only if none is wrong.

    `checked(n)` and `imported(n)` report progress (rows done so far) to the
    command's bar or the background import's record.
    """
    if not services.rules.can_import(agent):
        raise services.NotAllowed
    report = check_rows(rows, progress=checked)
    if report.ok:
        services.import_offline_proposals(
            agent=agent, call=call, rows=report.rows, progress=imported
        )
        report.imported = len(report.rows)
    return report


def template_rows():
    return [COLUMNS, EXAMPLE]


# The import as a background task -------------------------------------------


def start_import(*, agent, call, uploaded, language):
    """Store an upload and queue its import; returns the ProposalImport.

    Raises NotAllowed for someone who may not import, TableError (a message)
    for a file over the size limit. The worker runs `run_import`.
    """
    from participation.models import ProposalImport
    from participation.proposals.tasks import run_proposal_import

    if not services.rules.can_import(agent):
        raise services.NotAllowed
    record = ProposalImport.objects.create(
        call=call,
        agent=agent,
        language=language,
        file_name=str(getattr(uploaded, "name", ""))[:255],
        data=read_upload(uploaded),
    )
    run_proposal_import.enqueue(record.pk)
    return record


def _save(record, **fields):
    for name, value in fields.items():
        setattr(record, name, value)
    type(record).objects.filter(pk=record.pk).update(**fields)


def _finish(record, status, **fields):
    _save(record, status=status, finished_at=timezone.now(), **fields)


def run_import(record):
    """Read, check every row, then import all in one transaction or none.

    Progress goes to the record as it runs (the progress page reads it);
    messages are in the agent's language. The same checks and writes as the
    command (`import_proposals`).
    """
    status = type(record).Status
    _save(record, status=status.CHECKING)
    try:
        rows = read_table(bytes(record.data), name=record.file_name)
    except TableError as error:
        _finish(record, status.UNREADABLE, errors=[[0, [str(error)]]])
        return record
    _save(record, total_rows=len(rows))
    report = check_rows(rows, progress=lambda n: _save(record, checked_rows=n))
    _save(record, checked_rows=len(rows), skipped_rows=report.skipped)
    if not report.ok:
        errors = [[line, messages] for line, messages in report.errors]
        _finish(record, status.REFUSED, errors=errors)
        return record
    _save(record, status=status.IMPORTING)
    services.import_offline_proposals(
        agent=record.agent, call=record.call, rows=report.rows
    )
    _finish(record, status.DONE, imported_rows=len(report.rows))
    return record


def stop_import(record):
    """Mark an import that failed unexpectedly: nothing was imported."""
    _finish(
        record,
        type(record).Status.UNREADABLE,
        errors=[
            [0, [_("The import stopped on an unexpected error; nothing was imported.")]]
        ],
    )
