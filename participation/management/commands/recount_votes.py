"""Recount a vote from its published ballot file, and nothing else.

    python manage.py recount_votes ballots-3-2021-11-29.csv

Prints, per theme, the number of ballots and the objectives in order with
their points and first choices: the same numbers as the published results,
computed by the same counting function (participation.votes.results) from the
file, and the file's SHA-256 digest to compare with the one published.
"""

import hashlib

from django.core.management.base import BaseCommand

from participation.votes.exports import recount_csv


class Command(BaseCommand):
    help = "Recount a vote from its published ballot file (CSV)."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="The ballot file, as downloaded from the site."
        )

    def handle(self, *args, **options):
        with open(options["file"], "rb") as stream:
            self.stdout.write(f"sha256 {hashlib.sha256(stream.read()).hexdigest()}")
        with open(options["file"], newline="", encoding="utf-8") as stream:
            campaigns = recount_csv(stream)
        for campaign, themes in campaigns.items():
            self.stdout.write(f"campaign {campaign}")
            for theme in themes:
                self.stdout.write(f"  theme {theme.theme}: {theme.ballots} ballots")
                for row in theme.options:
                    self.stdout.write(
                        f"    {row.rank}. objective {row.option}: {row.points} points, "
                        f"{row.first_preferences} first choices, {row.share} %"
                    )
