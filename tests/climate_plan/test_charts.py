"""Indicator charts: the points, the table and the sentence tell the same story."""

import re

import pytest
from django.utils import translation

from climate_plan.charts import indicator_chart, path_value, summary_sentence
from tests.factories.plan import indicator

VALUES = {2015: 100, 2020: 90, 2024: 82}


@pytest.fixture
def emissions(db):
    return indicator(VALUES, baseline=(2015, 100), target=(2035, 60))


@pytest.mark.django_db
def test_points_follow_the_values_in_order_and_scale(emissions):
    chart = indicator_chart(emissions)

    assert [(p.year, p.value) for p in chart.points] == list(VALUES.items())
    xs = [p.x for p in chart.points]
    assert xs == sorted(xs)  # later years further right
    ys = [p.y for p in chart.points]
    assert ys == sorted(ys)  # lower values lower down (larger y)
    assert chart.path_start.year == 2015 and chart.path_end.year == 2035
    assert chart.path_start.y == chart.points[0].y  # the path starts at the baseline


@pytest.mark.django_db
def test_table_lists_every_measured_value_and_the_path(emissions):
    rows = {row["year"]: row for row in indicator_chart(emissions).rows}

    assert {year: rows[year]["value"] for year in VALUES} == {
        y: float(v) for y, v in VALUES.items()
    }
    assert rows[2035]["value"] is None and rows[2035]["path"] == 60
    assert rows[2024]["path"] == pytest.approx(82.0)  # 100 − 40 × 9/20


@pytest.mark.django_db
def test_rendered_chart_and_table_agree_with_the_data(client, emissions, theme):
    theme.indicators = [("indicator", {"indicator": emissions, "heading": ""})]
    theme.save_revision().publish()

    html = client.get(theme.url).content.decode()

    drawn = re.findall(r'data-year="(\d+)" data-value="([\d.]+)"', html)
    assert [(int(y), float(v)) for y, v in drawn] == [
        (y, float(v)) for y, v in VALUES.items()
    ]
    table = re.findall(r'<th scope="row">(\d{4})</th><td>([^<]+)</td>', html)
    assert [(int(y), v) for y, v in table if v != "—"] == [
        (2015, "100"),
        (2020, "90"),
        (2024, "82"),
    ]
    assert 'role="img"' in html and "<caption>" in html


@pytest.mark.django_db
def test_summary_when_behind_the_path(emissions):
    emissions.target_year = 2035
    with translation.override("en"):
        sentence = summary_sentence(emissions, [(2015, 100.0), (2024, 90.0)])
    # on the path 2024 would be 82; from 90 to 60 in 11 years is −3.6 % a year
    assert (
        sentence
        == "2024: −10 % since 2015; behind the path: −3.6 % a year needed from now."
    )


@pytest.mark.django_db
def test_summary_when_ahead_of_the_path_in_french(emissions):
    with translation.override("fr"):
        sentence = summary_sentence(emissions, [(2024, 80.0)])
    assert sentence.startswith("2024\u00a0: −20 %") or sentence.startswith(
        "2024: −20 %"
    )
    assert "−2,6 %" in sentence  # French decimal comma


@pytest.mark.django_db
def test_summary_when_the_target_is_reached_or_values_missing(emissions):
    with translation.override("en"):
        assert summary_sentence(emissions, [(2030, 55.0)]).endswith(
            "the target is reached."
        )
        assert summary_sentence(emissions, []) == "No value has been measured yet."


@pytest.mark.django_db
def test_increasing_indicator(db):
    bikes = indicator(
        {2015: 2, 2025: 6.8},
        baseline=(2015, 2),
        target=(2035, 12),
        direction="increase",
    )
    assert path_value(bikes, 2025) == 7.0
    with translation.override("en"):
        assert summary_sentence(bikes, [(2025, 6.8)]) == (
            "2025: +240 % since 2015; behind the path: +5.8 % a year needed from now."
        )
