"""Counting the vote. Pure computation: ballots in, results out.

Counting rule ("points", the default): in a theme with R ranks, the objective a
ballot puts at position p (1 = first choice) receives R − p + 1 points — 3, 2
and 1 points with three ranks; a ballot that ranks fewer objectives simply
gives fewer points. Objectives are ordered by points, then by first
preferences, then by their order on the ballot. First preferences (how many
ballots put the objective first) and each objective's share of all points are
shown beside the points. Counted ballots carry no channel: the totals per
channel come from the ballot box at the count and are fixed with the results.

The same function counts the opened ballots at certification and the
published ballot file (`manage.py recount_votes`), so anyone can check the
result; the certified results are stored on the campaign and never counted
again.
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
    ballots: int = 0
    turnout: dict = field(default_factory=dict)  # channel -> ballots, when known
    title: str = ""

    @property
    def max_points(self):
        return max((row.points for row in self.options), default=0)


def count_theme(theme, options, ranks, rankings):
    """Count one theme's rankings; options keep their ballot order."""
    points, firsts, ballots = Counter(), Counter(), 0
    for ranking in rankings:
        ballots += 1
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
    return ThemeResult(theme=theme, options=rows, ballots=ballots)


def count(themes, ballots):
    """Count every theme. `themes`: [(theme, options, ranks)]; `ballots`: (theme, ranking)."""
    by_theme = {theme: [] for theme, _options, _ranks in themes}
    for theme, ranking in ballots:
        if theme in by_theme:
            by_theme[theme].append(ranking)
    return [
        count_theme(theme, options, ranks, by_theme[theme])
        for theme, options, ranks in themes
    ]


def ordered_turnout(turnout):
    """{channel: ballots} in the usual order of channels."""
    ordered = sorted(turnout, key=lambda c: (CHANNEL_ORDER + (c,)).index(c))
    return {channel: turnout[channel] for channel in ordered}


def to_json(themes):
    """Results as stored on a certified campaign."""
    return [
        {
            "theme": theme.theme,
            "ballots": theme.ballots,
            "turnout": theme.turnout,
            "options": [
                {
                    "option": row.option,
                    "points": row.points,
                    "first_preferences": row.first_preferences,
                    "share": row.share,
                    "rank": row.rank,
                }
                for row in theme.options
            ],
        }
        for theme in themes
    ]


def from_json(data):
    return [
        ThemeResult(
            theme=item["theme"],
            ballots=item["ballots"],
            turnout=ordered_turnout(item.get("turnout") or {}),
            options=[OptionResult(**row) for row in item["options"]],
        )
        for item in data or []
    ]


def campaign_results(campaign):
    """The certified results of a campaign (titles left blank); [] before."""
    return from_json(campaign.results) if campaign.certified_at else []
