"""Proposal spreadsheets: every field for staff, open data for everyone.

`home.spreadsheets` writes them (and keeps residents' text from running as
formulas).
"""

from django.utils import timezone

from home.spreadsheets import csv_response, response, table

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
    # Live objectives only: a draft (one a grouping just created) is not public yet.
    ("objectives", lambda p: " | ".join(o.title for o in p.objectives.all() if o.live)),
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


def open_data_response(proposals):
    return csv_response(table(OPEN_DATA_COLUMNS, proposals), "proposals-open-data.csv")


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
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return response(
        table(STAFF_COLUMNS, proposals),
        f"proposals-{stamp}",
        file_format,
        title="proposals",
    )
