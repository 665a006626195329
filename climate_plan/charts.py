"""Indicator charts drawn on the server: an SVG line chart, its data table and
one summary sentence, all computed here from the same numbers so that they
cannot disagree. Templates only place the coordinates."""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from climate_plan.models import Direction
from home.typography import format_number

WIDTH, HEIGHT = 640, 320
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 72, 24, 36, 40
# Phones get their own drawing, half as wide: drawn at 320 units for about
# 290 px of screen, its 14-unit text stays above 12 px.
NARROW_WIDTH, NARROW_HEIGHT, NARROW_MARGIN_LEFT, NARROW_MARGIN_RIGHT = 320, 280, 64, 24


def signed(value, decimals=0):
    """A localised number with an explicit sign (typographic minus)."""
    text = format_number(abs(value), decimals)
    if round(value, decimals) == 0:
        return text
    return ("−" if value < 0 else "+") + text


def nice_step(span, ticks=5):
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` lines."""
    if span <= 0:
        return 1
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


@dataclass
class Point:
    year: int
    value: float
    x: float
    y: float


@dataclass
class Chart:
    indicator: object
    points: list
    path_start: Point
    path_end: Point
    rows: list
    summary: str
    y_ticks: list = field(default_factory=list)
    x_ticks: list = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = MARGIN_LEFT
    right: int = WIDTH - MARGIN_RIGHT
    top: int = MARGIN_TOP
    bottom: int = HEIGHT - MARGIN_BOTTOM
    narrow: object = None  # the same chart drawn for phones
    goals: list = field(default_factory=list)  # dated goals, as points

    @property
    def polyline(self):
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def path_value(indicator, year):
    """The value on the straight path from baseline to target in `year`."""
    start, end = indicator.baseline_year, indicator.target_year
    baseline, target = float(indicator.baseline_value), float(indicator.target_value)
    if end == start:
        return target
    return baseline + (target - baseline) * (year - start) / (end - start)


def summary_sentence(indicator, values):
    """“2024: −18 % since 2015; behind the path: −3.1 % a year needed from now.”"""
    if not values:
        return _("No value has been measured yet.")
    year, value = values[-1]
    baseline = float(indicator.baseline_value)
    head = _("%(year)s: %(change)s %% since %(baseline_year)s") % {
        "year": year,
        "change": signed((value - baseline) / baseline * 100) if baseline else "—",
        "baseline_year": indicator.baseline_year,
    }
    target = float(indicator.target_value)
    lower_is_better = indicator.direction == Direction.DECREASE
    reached = value <= target if lower_is_better else value >= target
    if reached:
        return _("%(head)s; the target is reached.") % {"head": head}
    years_left = indicator.target_year - year
    if years_left <= 0 or value <= 0:
        return _("%(head)s; the target was not reached.") % {"head": head}
    on_path = path_value(indicator, year)
    ahead = value <= on_path if lower_is_better else value >= on_path
    rate = ((target / value) ** (1 / years_left) - 1) * 100
    context = {"head": head, "rate": signed(rate, 1)}
    if ahead:
        return (
            _("%(head)s; ahead of the path: %(rate)s %% a year needed from now.")
            % context
        )
    return _("%(head)s; behind the path: %(rate)s %% a year needed from now.") % context


def indicator_chart(
    indicator,
    width=WIDTH,
    height=HEIGHT,
    margins=(MARGIN_LEFT, MARGIN_RIGHT),
    x_labels=8,
    goals=None,
):
    """The chart, table and sentence of an indicator (its values and its dated
    goals in two queries), with `narrow`, the same chart drawn for phones. Axis
    labels group thousands as the reader's language writes them ("310 000",
    "310,000")."""
    values = sorted((v.year, float(v.value)) for v in indicator.values.all())
    if goals is None:
        goals = sorted((g.year, float(g.value)) for g in indicator.goals.all())
    first_year = min([indicator.baseline_year] + [year for year, _v in values + goals])
    last_year = max([indicator.target_year] + [year for year, _v in values + goals])
    all_values = [float(indicator.baseline_value), float(indicator.target_value)] + [
        v for _y, v in values + goals
    ]
    step = nice_step(max(all_values) - min(0, min(all_values)))
    y_min = min(0, math.floor(min(all_values) / step) * step)
    y_max = math.ceil(max(all_values) / step) * step or step
    left, right = margins[0], width - margins[1]
    top, bottom = MARGIN_TOP, height - MARGIN_BOTTOM

    def x(year):
        if last_year == first_year:
            return (left + right) / 2
        return left + (right - left) * (year - first_year) / (last_year - first_year)

    def y(value):
        return bottom - (bottom - top) * (value - y_min) / (y_max - y_min)

    points = [Point(year, value, x(year), y(value)) for year, value in values]
    baseline = float(indicator.baseline_value)
    target = float(indicator.target_value)
    y_ticks = []
    tick = y_min
    while tick <= y_max + step / 2:
        y_ticks.append((format_number(tick, 0), y(tick)))
        tick += step
    year_step = max(1, math.ceil((last_year - first_year) / x_labels))
    x_ticks = [(year, x(year)) for year in range(first_year, last_year + 1, year_step)]
    if x_ticks[-1][0] != last_year:
        if len(x_ticks) > 1 and last_year - x_ticks[-1][0] < year_step / 2:
            x_ticks.pop()  # too close to the last year: the labels would overlap
        x_ticks.append((last_year, x(last_year)))
    measured = dict(values)
    goal_values = dict(goals)
    years = sorted(
        set(measured)
        | set(goal_values)
        | {indicator.baseline_year, indicator.target_year}
    )
    rows = [
        {
            "year": year,
            "value": measured.get(year),
            "goal": goal_values.get(year),
            "path": path_value(indicator, year)
            if indicator.baseline_year <= year <= indicator.target_year
            else None,
        }
        for year in years
    ]
    chart = Chart(
        indicator=indicator,
        points=points,
        path_start=Point(
            indicator.baseline_year, baseline, x(indicator.baseline_year), y(baseline)
        ),
        path_end=Point(
            indicator.target_year, target, x(indicator.target_year), y(target)
        ),
        rows=rows,
        summary=summary_sentence(indicator, values),
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        goals=[Point(year, value, x(year), y(value)) for year, value in goals],
    )
    if width == WIDTH:
        chart.narrow = indicator_chart(
            indicator,
            NARROW_WIDTH,
            NARROW_HEIGHT,
            (NARROW_MARGIN_LEFT, NARROW_MARGIN_RIGHT),
            x_labels=3,
            goals=goals,
        )
    return chart
