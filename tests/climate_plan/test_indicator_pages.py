"""Indicators have pages: levels, dated goals, the desired direction, the
indicator they are part of, their parts and the actions affecting them."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from climate_plan.models import ActionIndicator, IndicatorGoal
from tests.factories.plan import indicator


@pytest.fixture
def emissions(db):
    item = indicator({2015: 100, 2020: 90}, target=(2035, 60))
    item.level = "strategic"
    item.goals = [IndicatorGoal(year=2030, value=Decimal(75))]
    item.save()
    return item


@pytest.fixture
def transport(emissions):
    item = indicator({2015: 30}, target=(2035, 15))
    item.name, item.level, item.parent = (
        "Émissions des transports",
        "tactical",
        emissions,
    )
    item.save()
    return item


def page_of(plan, item):
    return f"{plan.url}indicators/{item.translation_key}/"


@pytest.mark.django_db
def test_the_indicator_page_shows_goals_parts_and_the_actions_affecting_it(
    client, plan, emissions, transport, make_action
):
    lanes = make_action(title="Pistes cyclables", slug="pistes")
    make_action(title="Sans lien", slug="sans-lien")
    ActionIndicator.objects.create(action=lanes, indicator=emissions)

    html = client.get(page_of(plan, emissions)).content.decode()

    assert "2030" in html and "75" in html  # the dated goal, not only 2035
    assert "Stratégique" in html and "Plus bas, c’est mieux" in html
    assert f'href="{page_of(plan, transport)}"' in html  # its part
    assert f'href="{lanes.url}"' in html and "Sans lien" not in html
    part = client.get(page_of(plan, transport)).content.decode()
    assert f'href="{page_of(plan, emissions)}"' in part  # the part links its whole


@pytest.mark.django_db
def test_the_action_page_links_the_indicators_it_affects(
    client, plan, emissions, make_action
):
    lanes = make_action(title="Pistes cyclables", slug="pistes")
    ActionIndicator.objects.create(action=lanes, indicator=emissions)

    html = client.get(lanes.url).content.decode()

    assert f'href="{page_of(plan, emissions)}"' in html


@pytest.mark.django_db
def test_the_indicator_index_groups_indicators_by_level(client, plan, transport):
    html = client.get(plan.url + "indicators/").content.decode()

    assert html.index('id="level-strategic"') < html.index('id="level-tactical"')
    assert "Émissions des transports" in html


@pytest.mark.django_db
def test_an_unknown_indicator_is_not_found(client, plan):
    response = client.get(plan.url + "indicators/00000000-0000-0000-0000-000000000000/")

    assert response.status_code == 404


@pytest.mark.django_db
def test_an_indicator_cannot_be_part_of_itself_even_through_another(
    emissions, transport
):
    emissions.parent = transport

    with pytest.raises(ValidationError, match="faire partie de lui-même"):
        emissions.full_clean()


@pytest.mark.django_db
def test_dated_goals_are_drawn_and_listed_in_the_data_table(emissions):
    from climate_plan.charts import indicator_chart

    chart = indicator_chart(emissions)

    assert [(goal.year, goal.value) for goal in chart.goals] == [(2030, 75.0)]
    assert [(g.year, g.value) for g in chart.narrow.goals] == [(2030, 75.0)]
    rows = {row["year"]: row for row in chart.rows}
    assert rows[2030]["goal"] == 75.0 and rows[2030]["value"] is None


@pytest.mark.django_db
def test_charts_on_the_plan_and_theme_pages_lead_to_the_indicator_page(
    client, plan, theme, emissions
):
    plan.trajectory_indicator = emissions
    plan.save_revision().publish()
    theme.indicators = [("indicator", {"indicator": emissions, "heading": ""})]
    theme.save_revision().publish()

    for url in (plan.url, theme.url):
        assert f'href="{page_of(plan, emissions)}"' in client.get(url).content.decode()
