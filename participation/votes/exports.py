"""The published files of a vote: the ballot file and the results (CSV, XLSX).

The ballot file has one row per counted ballot, sorted by theme and ranking
(an order that says nothing of who voted or when), no date, no channel::

    campaign,theme,ranks,options,ranking
    3,12,3,41 42 43 44,41 43

`options` lists the theme's objective ids and `ranking` the ranked ones, first
choice first (space separated). Everything needed to recount is in the file:
`manage.py recount_votes ballots.csv` reads it back through the same counting
function as the certification, and gives the published figures exactly. The
file is written once, at certification, and stored with its SHA-256 digest.
"""

import csv
import hashlib
import itertools
from collections import defaultdict

from home.spreadsheets import csv_text, xlsx_bytes
from participation.votes.results import count

BALLOT_COLUMNS = ["campaign", "theme", "ranks", "options", "ranking"]


def ballot_file(campaign, option_ids, counted):
    """The ballot file's text: `counted` is [(theme, ranking)], sorted here."""
    rows = (
        [
            campaign.pk,
            theme,
            campaign.ranks,
            " ".join(map(str, option_ids.get(theme, []))),
            " ".join(map(str, ranking)),
        ]
        for theme, ranking in sorted(counted)
    )
    return csv_text(itertools.chain([BALLOT_COLUMNS], rows))


def digest(text):
    """The SHA-256 digest of a published file, as shown beside its download."""
    return hashlib.sha256(text.encode()).hexdigest()


def recount_csv(stream):
    """Count a published ballots file: {campaign id: [ThemeResult]}."""
    themes = defaultdict(dict)  # campaign -> theme -> (options, ranks)
    ballots = defaultdict(list)
    for row in csv.DictReader(stream):
        campaign, theme = int(row["campaign"]), int(row["theme"])
        options = [int(value) for value in row["options"].split()]
        themes[campaign].setdefault(theme, (options, int(row["ranks"])))
        ballots[campaign].append((theme, [int(v) for v in row["ranking"].split()]))
    return {
        campaign: count(
            [
                (theme, options, ranks)
                for theme, (options, ranks) in sorted(by_theme.items())
            ],
            ballots[campaign],
        )
        for campaign, by_theme in themes.items()
    }


RESULT_COLUMNS = [
    "theme",
    "theme_title",
    "rank",
    "objective",
    "objective_title",
    "points",
    "first_preferences",
    "share_percent",
    "ballots",
]


def result_rows(themes):
    """Rows of the results table, ready for CSV or a spreadsheet."""
    for theme in themes:
        for row in theme.options:
            yield [
                theme.theme,
                theme.title,
                row.rank,
                row.option,
                row.title,
                row.points,
                row.first_preferences,
                row.share,
                theme.ballots,
            ]


def results_csv(themes):
    return csv_text([RESULT_COLUMNS, *result_rows(themes)])


def results_xlsx(themes):
    return xlsx_bytes([RESULT_COLUMNS, *result_rows(themes)], title="results")
