"""The wedge: the emissions trajectory from the baseline with the expected
reduction of the actions stacked by status (done, under way, planned) against
the straight path to the target, the gap left visible.

The rule, year by year from the baseline year to the target year:

1. Only actions with an estimated reduction count; abandoned ones never do.
2. An action's reduction grows in a straight line from nothing in its start
   year to its full estimate in its end year, and stays full afterwards. An
   action without a start date starts in the baseline year; without an end
   date, it is full in the target year.
3. Expected emissions = baseline emissions − the sum of the chosen actions'
   reductions that year. The path goes straight from the baseline emissions
   to the target (baseline − the needed reduction) in the target year.
4. What is left to cut = expected emissions − the path, when positive.

Everything is computed here, once; the SVG, the table and the sentence read
the same numbers. Templates only place them.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from climate_plan.charts import (
    HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    NARROW_HEIGHT,
    NARROW_MARGIN_LEFT,
    NARROW_MARGIN_RIGHT,
    NARROW_WIDTH,
    WIDTH,
    nice_step,
)
from climate_plan.models import ActionStatus
from climate_plan.progress import RUNNING, RUNNING_LABEL
from home.typography import format_number

BUCKETS = ("done", "running", "planned")


def bucket_of(status):
    """The band an action is stacked in, or None (abandoned)."""
    if status == ActionStatus.DONE:
        return "done"
    if status in RUNNING:
        return "running"
    if status == ActionStatus.PLANNED:
        return "planned"
    return None


def bucket_labels():
    return {
        "done": ActionStatus.DONE.label,
        "running": RUNNING_LABEL,
        "planned": ActionStatus.PLANNED.label,
    }


def effect_share(year, start, full):
    """Rule 2: the share of an action's reduction reached in `year`."""
    if year >= full:
        return 1.0
    if year <= start:
        return 0.0
    return (year - start) / (full - start)


@dataclass
class WedgeAction:
    """One estimated action of the plan, chosen or not by the reader."""

    node: object  # a progress.ActionNode
    bucket: str
    tonnes: float
    start: int
    full: int
    chosen: bool = True

    @property
    def page(self):
        return self.node.page


@dataclass
class Row:
    year: int
    path: float
    done: float
    running: float
    planned: float

    @property
    def total(self):
        return self.done + self.running + self.planned

    def expected(self, baseline):
        return baseline - self.total

    def left(self, baseline):
        """Rule 4: what remains to cut to be on the path (0 when on or below)."""
        return max(0.0, baseline - self.total - self.path)


@dataclass
class Wedge:
    baseline_year: int
    target_year: int
    baseline: float
    needed: float
    actions: list
    rows: list = field(default_factory=list)
    unestimated: int = 0

    @property
    def target(self):
        return self.baseline - self.needed

    @property
    def last(self):
        return self.rows[-1]

    @property
    def covered_percent(self):
        return self.last.total / self.needed * 100 if self.needed else 0.0

    @property
    def chosen_count(self):
        return sum(1 for action in self.actions if action.chosen)

    def table(self):
        """The rows as the data table shows them, one per year."""
        return [
            {
                "year": row.year,
                "path": row.path,
                "done": row.done,
                "running": row.running,
                "planned": row.planned,
                "expected": row.expected(self.baseline),
                "left": row.left(self.baseline),
            }
            for row in self.rows
        ]

    def summary(self):
        """“By 2035, the chosen actions cut …; … still missing.”"""
        context = {
            "year": self.target_year,
            "cut": format_number(self.last.total, 0),
            "percent": format_number(self.covered_percent, 0),
            "needed": format_number(self.needed, 0),
            "left": format_number(self.last.left(self.baseline), 0),
        }
        if self.last.left(self.baseline) > 0:
            return (
                _(
                    "By %(year)s, the chosen actions are expected to cut %(cut)s "
                    "tCO2e a year, %(percent)s %% of the %(needed)s needed: "
                    "%(left)s tCO2e a year are still to be found."
                )
                % context
            )
        return (
            _(
                "By %(year)s, the chosen actions are expected to cut %(cut)s tCO2e "
                "a year, %(percent)s %% of the %(needed)s needed: the target is met."
            )
            % context
        )


def wedge_actions(plan, tree, chosen=None):
    """The estimated actions of `tree` (rules 1 and 2), in plan order; `chosen`
    is a set of page ids (None: all chosen). Also returns how many actions
    have no estimate."""
    actions, unestimated = [], 0
    for node in tree.actions:
        bucket = bucket_of(node.status)
        if bucket is None:
            continue
        if node.page.expected_reduction is None:
            unestimated += 1
            continue
        page = node.page
        start = page.start_date.year if page.start_date else plan.baseline_year
        full = page.end_date.year if page.end_date else plan.target_year
        actions.append(
            WedgeAction(
                node=node,
                bucket=bucket,
                tonnes=float(page.expected_reduction),
                start=start,
                full=max(full, start),
                chosen=chosen is None or page.pk in chosen,
            )
        )
    return actions, unestimated


def compute(baseline_year, target_year, baseline, needed, actions, unestimated=0):
    """Rules 3 and 4 for each year from the baseline year to the target year."""
    wedge = Wedge(baseline_year, target_year, float(baseline), float(needed), actions)
    wedge.unestimated = unestimated
    span = max(target_year - baseline_year, 1)
    for year in range(baseline_year, target_year + 1):
        sums = dict.fromkeys(BUCKETS, 0.0)
        for action in actions:
            if action.chosen:
                share = effect_share(year, action.start, action.full)
                sums[action.bucket] += action.tonnes * share
        path = wedge.baseline - wedge.needed * (year - baseline_year) / span
        wedge.rows.append(Row(year, path, **sums))
    return wedge


def plan_wedge(plan, tree, chosen=None):
    """The plan's wedge, or None without baseline emissions."""
    if not plan.needed_reduction:
        return None
    actions, unestimated = wedge_actions(plan, tree, chosen)
    return compute(
        plan.baseline_year,
        plan.target_year,
        plan.baseline_emissions,
        plan.needed_reduction,
        actions,
        unestimated,
    )


@dataclass
class Band:
    bucket: str
    label: str
    points: str  # an SVG polygon


@dataclass
class Drawing:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    bands: list
    gap: str
    path: tuple
    baseline_y: float
    y_ticks: list
    x_ticks: list
    narrow: object = None


def _points(pairs):
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in pairs)


def drawing(wedge, width=WIDTH, height=HEIGHT, margins=(MARGIN_LEFT, MARGIN_RIGHT)):
    """Coordinates of the wedge chart, with `narrow`, the same for phones."""
    low = min(wedge.target, min(row.expected(wedge.baseline) for row in wedge.rows))
    step = nice_step(wedge.baseline - low)
    y_min = max(0, math.floor((low - step) / step) * step)
    y_max = math.ceil(wedge.baseline / step) * step
    if y_max <= wedge.baseline:
        y_max += step
    left, right = margins[0], width - margins[1]
    top, bottom = MARGIN_TOP, height - MARGIN_BOTTOM
    first, last = wedge.baseline_year, wedge.target_year

    def x(year):
        return left + (right - left) * (year - first) / max(last - first, 1)

    def y(value):
        return bottom - (bottom - top) * (value - y_min) / (y_max - y_min)

    labels = bucket_labels()
    bands, upper = [], [wedge.baseline] * len(wedge.rows)
    for bucket in BUCKETS:
        lower = [
            u - getattr(row, bucket) for u, row in zip(upper, wedge.rows, strict=True)
        ]
        outline = [(x(r.year), y(v)) for r, v in zip(wedge.rows, upper, strict=True)]
        outline += [
            (x(r.year), y(v))
            for r, v in reversed(list(zip(wedge.rows, lower, strict=True)))
        ]
        bands.append(Band(bucket, labels[bucket], _points(outline)))
        upper = lower
    gap_top = [
        (x(r.year), y(max(v, r.path))) for r, v in zip(wedge.rows, upper, strict=True)
    ]
    gap_bottom = [(x(r.year), y(r.path)) for r in reversed(wedge.rows)]
    year_step = max(1, math.ceil((last - first) / (8 if width == WIDTH else 3)))
    x_ticks = [(year, x(year)) for year in range(first, last + 1, year_step)]
    if x_ticks[-1][0] != last:
        if len(x_ticks) > 1 and last - x_ticks[-1][0] < year_step / 2:
            x_ticks.pop()
        x_ticks.append((last, x(last)))
    y_ticks = []
    tick = y_min
    while tick <= y_max + step / 2:
        y_ticks.append((format_number(tick, 0), y(tick)))
        tick += step
    result = Drawing(
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        bands=bands,
        gap=_points(gap_top + gap_bottom),
        path=(x(first), y(wedge.baseline), x(last), y(wedge.target)),
        baseline_y=y(wedge.baseline),
        y_ticks=y_ticks,
        x_ticks=x_ticks,
    )
    if width == WIDTH:
        result.narrow = drawing(
            wedge,
            NARROW_WIDTH,
            NARROW_HEIGHT,
            (NARROW_MARGIN_LEFT, NARROW_MARGIN_RIGHT),
        )
    return result
