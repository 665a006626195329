"""Counting the vote. Pure computation: ballots in, results out.

Counting rule ("points", the default): in a theme with R ranks, the objective a
ballot puts at position p (1 = first choice) receives R − p + 1 points — 3, 2
and 1 points with three ranks; a ballot that ranks fewer objectives simply
gives fewer points. Objectives are ordered by points, then by first
preferences, then by their order on the ballot. First preferences (how many
ballots put the objective first) and each objective's share of all points are
shown beside the points; turnout is the number of ballots, by channel.

The same function counts the database (`campaign_results`) and the published
anonymised ballots (`manage.py recount_votes`), so anyone can check the result.
"""

from collections import Counter
from dataclasses import dataclass, field

CHANNEL_ORDER = ("online", "code", "paper")


@dataclass
class OptionResult:
    option: int
    points: int = 0
    first_preferences: int = 0
    share: float = 0.0  # percentage of all points in the theme
    rank: int = 0
    title: str = ""


@dataclass
class ThemeResult:
    theme: int
    options: list = field(default_factory=list)
    turnout: dict = field(default_factory=dict)  # channel -> ballots
    title: str = ""

    @property
    def ballots(self):
        return sum(self.turnout.values())

    @property
    def max_points(self):
        return max((row.points for row in self.options), default=0)


def count_theme(theme, options, ranks, ballots):
    """Count one theme. `ballots` yields (ranking, channel); options keep ballot order."""
    points, firsts, turnout = Counter(), Counter(), Counter()
    for ranking, channel in ballots:
        turnout[channel] += 1
        for position, option in enumerate(ranking[:ranks], start=1):
            points[option] += ranks - position + 1
            if position == 1:
                firsts[option] += 1
    order = {option: index for index, option in enumerate(options)}
    total = sum(points[option] for option in options)
    rows = [
        OptionResult(
            option=option,
            points=points[option],
            first_preferences=firsts[option],
            share=round(100 * points[option] / total, 1) if total else 0.0,
        )
        for option in options
    ]
    rows.sort(key=lambda row: (-row.points, -row.first_preferences, order[row.option]))
    for rank, row in enumerate(rows, start=1):
        row.rank = rank
    ordered = sorted(turnout, key=lambda c: (CHANNEL_ORDER + (c,)).index(c))
    return ThemeResult(
        theme=theme, options=rows, turnout={c: turnout[c] for c in ordered}
    )


def count(themes, ballots):
    """Count every theme. `themes`: [(theme, options, ranks)]; `ballots`: (theme, ranking, channel)."""
    by_theme = {theme: [] for theme, _options, _ranks in themes}
    for theme, ranking, channel in ballots:
        if theme in by_theme:
            by_theme[theme].append((ranking, channel))
    return [
        count_theme(theme, options, ranks, by_theme[theme])
        for theme, options, ranks in themes
    ]


def campaign_results(campaign):
    """The results of a campaign, counted from its ballots (titles left blank)."""
    from participation.votes.models import Ballot

    themes = [
        (ct.theme_id, ct.option_ids(), campaign.ranks)
        for ct in campaign.ballot_themes.all()
    ]
    ballots = Ballot.objects.filter(campaign=campaign).values_list(
        "theme_id", "ranking", "channel"
    )
    return count(themes, ballots.iterator())
