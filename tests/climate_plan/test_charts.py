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
    wide, narrow = html.split('class="chart__svg chart__svg--narrow"', 1)

    for drawing in (wide, narrow.split("</svg>", 1)[0]):
        points = re.findall(r'data-year="(\d+)" data-value="([\d.]+)"', drawing)
        assert [(int(y), float(v)) for y, v in points] == [
            (y, float(v)) for y, v in VALUES.items()
        ]
    table = re.findall(r'<th scope="row">(\d{4})</th><td>([^<]+)</td>', html)
    assert [(int(y), v) for y, v in table if v != "—"] == [
        (2015, "100"),
        (2020, "90"),
        (2024, "82"),
    ]
    assert 'role="img"' in html and "<caption>" in html
    assert len(re.findall(r'class="chart__unit"[^>]*>kt<', html)) == 2  # y axis unit


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


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "label"),
    [("fr", "300\u202f000"), ("en", "300,000"), ("es", "300.000")],
)
def test_axis_labels_group_thousands_as_the_language_writes_them(language, label):
    big = indicator({2020: 300_000}, baseline=(2015, 310_000), target=(2035, 186_000))
    with translation.override(language):
        chart = indicator_chart(big)
    for drawing in (chart, chart.narrow):
        assert label in [text for text, _y in drawing.y_ticks]


@pytest.mark.django_db
def test_the_phone_drawing_is_narrow_enough_for_its_text_to_stay_legible(emissions):
    narrow = indicator_chart(emissions).narrow
    # 14-unit text, drawn 288 px wide on a 320 px phone: at least 12 px.
    assert 14 * 288 / narrow.width >= 12
    assert len(narrow.x_ticks) <= 4
    assert narrow.path_end.x <= narrow.width - 20  # the last year is not cut off
