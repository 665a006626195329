"""Recount a vote from its published anonymised ballots, and nothing else.

    python manage.py recount_votes ballots-3.csv

Prints, per theme, the objectives in order with their points and first
choices, and the ballots by channel: the same numbers as the published results,
computed by the same counting function (participation.votes.results) from the file.
"""

from django.core.management.base import BaseCommand

from participation.votes.exports import recount_csv


class Command(BaseCommand):
    help = "Recount a vote from a file of anonymised ballots (CSV)."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="The anonymised ballots, as downloaded from the site."
        )

    def handle(self, *args, **options):
        with open(options["file"], newline="", encoding="utf-8") as stream:
            campaigns = recount_csv(stream)
        for campaign, themes in campaigns.items():
            self.stdout.write(f"campaign {campaign}")
            for theme in themes:
                turnout = ", ".join(
                    f"{c} {n}" for c, n in sorted(theme.turnout.items())
                )
                self.stdout.write(
                    f"  theme {theme.theme}: {theme.ballots} ballots ({turnout})"
                )
                for row in theme.options:
                    self.stdout.write(
                        f"    {row.rank}. objective {row.option}: {row.points} points, "
                        f"{row.first_preferences} first choices, {row.share} %"
                    )
