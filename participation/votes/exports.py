"""The published files of a vote: anonymised ballots and results (CSV, XLSX).

Anonymised ballots, one row per ballot, shuffled, no date at all::

    campaign,theme,ranks,options,ranking,channel
    3,12,3,41 42 43 44,43 41,online

`options` lists the theme's objective ids and `ranking` the ranked ones, first
choice first (space separated). Everything needed to recount is in the file:
`manage.py recount_votes ballots.csv` reads it back through the same counting
function as the site.
"""

import csv
import itertools
import random
from collections import defaultdict

from home.spreadsheets import csv_text, write_csv, xlsx_bytes
from participation.votes.models import Ballot
from participation.votes.results import count

BALLOT_COLUMNS = ["campaign", "theme", "ranks", "options", "ranking", "channel"]


def write_ballots_csv(campaign, stream):
    """Write the campaign's ballots, shuffled with a system random generator."""
    option_ids = {ct.theme_id: ct.option_ids() for ct in campaign.ballot_themes.all()}
    rows = list(
        Ballot.objects.filter(campaign=campaign).values_list(
            "theme_id", "ranking", "channel"
        )
    )
    random.SystemRandom().shuffle(rows)
    ballots = (
        [
            campaign.pk,
            theme,
            campaign.ranks,
            " ".join(map(str, option_ids.get(theme, []))),
            " ".join(map(str, ranking)),
            channel,
        ]
        for theme, ranking, channel in rows
    )
    write_csv(itertools.chain([BALLOT_COLUMNS], ballots), stream)


def recount_csv(stream):
    """Count a published ballots file: {campaign id: [ThemeResult]}."""
    themes = defaultdict(dict)  # campaign -> theme -> (options, ranks)
    ballots = defaultdict(list)
    for row in csv.DictReader(stream):
        campaign, theme = int(row["campaign"]), int(row["theme"])
        options = [int(value) for value in row["options"].split()]
        themes[campaign].setdefault(theme, (options, int(row["ranks"])))
        ballots[campaign].append(
            (theme, [int(v) for v in row["ranking"].split()], row["channel"])
        )
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
