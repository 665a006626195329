"""The open data API as a reuser meets it: each set's rows and fields,
pagination, languages, CSV downloads, the documentation page."""

import csv
import datetime
import io

import pytest
from django.test import Client
from django.utils import timezone

from climate_plan.models import ActionPage
from tests.factories.pages import translate_page
from tests.factories.plan import indicator, update
from tests.factories.proposals import ProposalFactory
from tests.factories.votes import campaign

pytestmark = pytest.mark.django_db

SETS = ["actions", "action-updates", "indicators", "proposals", "votes", "reports"]


def get_json(url, **headers):
    response = Client().get(url, **headers)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def get_csv(url, **headers):
    response = Client().get(url, **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_api_root_lists_every_set_with_its_json_and_csv_addresses(db):
    root = get_json("/api/")
    assert [item["name"] for item in root["datasets"]] == SETS
    for item in root["datasets"]:
        assert item["url"] == f"http://testserver/api/v1/{item['name']}/"
        assert item["csv"] == f"http://testserver/api/v1/{item['name']}.csv"
    assert [e["name"] for e in root["wagtail"]] == ["pages", "images", "documents"]
    assert root["licence"]["url"].startswith("https://")


def test_an_action_shows_its_state_its_objective_and_its_theme(themes):
    action = ActionPage.objects.get(title="Action 1.2.1")
    action.status, action.progress = "done", 80
    action.expected_reduction = 12.5
    action.save_revision().publish()
    update(action, "2024-03-01", status="done", progress=80)
    rows = get_json("/api/v1/actions/")["results"]
    row = next(r for r in rows if r["id"] == action.pk)
    assert row["title"] == "Action 1.2.1"
    assert row["status"] == "done"
    assert row["counted_progress"] == 100.0
    assert row["expected_reduction_tco2e"] == 12.5
    assert row["objective"] == "Objectif 1.2"
    assert row["theme"] == "Mobilités"
    assert row["last_update"] == "2024-03-01"
    assert row["url"].endswith("/objectif-1-2/action-1-2-1/")


def test_listings_come_in_pages_with_a_count_and_next_and_previous_links(themes):
    first = get_json("/api/v1/actions/?limit=4")
    assert first["count"] == 6
    assert first["previous"] is None
    assert len(first["results"]) == 4
    second = get_json(first["next"])
    assert len(second["results"]) == 2
    assert second["next"] is None
    ids = [r["id"] for r in first["results"] + second["results"]]
    assert ids == sorted(ids)


def test_an_english_reader_gets_the_translated_title_and_the_french_otherwise(themes):
    action = ActionPage.objects.get(title="Action 1.1.1")
    english = translate_page(action, "en")
    english.title = "Action one"
    english.save_revision().publish()
    by_param = get_json("/api/v1/actions/?locale=en")["results"]
    by_header = get_json("/api/v1/actions/", HTTP_ACCEPT_LANGUAGE="en")["results"]
    assert by_param == by_header
    titles = {row["id"]: (row["title"], row["language"]) for row in by_param}
    assert titles[action.pk] == ("Action one", "en")
    other = ActionPage.objects.get(title="Action 1.2.1")
    assert titles[other.pk] == ("Action 1.2.1", "fr")
    assert get_json("/api/v1/actions/?locale=es")["results"][0]["status_label"] == (
        "Prevista"
    )


def test_indicators_give_their_yearly_values_oldest_first(db):
    item = indicator({2020: 90, 2015: 100, 2022: 80})
    row = get_json("/api/v1/indicators/")["results"][0]
    assert row["id"] == item.pk
    assert row["values"] == [
        {"year": 2015, "value": 100.0},
        {"year": 2020, "value": 90.0},
        {"year": 2022, "value": 80.0},
    ]
    assert (row["latest_year"], row["latest_value"]) == (2022, 80.0)
    rows = get_csv("/api/v1/indicators.csv")
    values = rows[1][rows[0].index("values")]
    assert (
        values
        == "year=2015; value=100.0 | year=2020; value=90.0 | year=2022; value=80.0"
    )


def test_proposals_csv_has_the_same_rows_and_columns_as_the_json(call):
    for n in range(3):
        proposal = ProposalFactory(call=call, title=f"Idée {n}")
        proposal.tags.add("vélo", "école")
        proposal.save()
    listing = get_json("/api/v1/proposals/")["results"]
    rows = get_csv("/api/v1/proposals.csv")
    assert rows[0] == list(listing[0])
    assert [row[0] for row in rows[1:]] == [item["reference"] for item in listing]
    assert listing[0]["tags"] == ["vélo", "école"]
    assert rows[1][rows[0].index("tags")] == "vélo | école"


def test_certified_and_published_results_show_with_titles(db):
    vote = campaign(opens_in=-10, closes_in=-1)
    vote.certified_at = vote.published_at = timezone.now()
    vote.results = [
        {
            "theme": vote.ballot_themes.first().theme_id,
            "ballots": 2,
            "turnout": {"online": 2},
            "options": [
                {
                    "option": pk,
                    "points": 3,
                    "first_preferences": 1,
                    "share": 50.0,
                    "rank": 1,
                }
                for pk in vote.ballot_themes.first().option_ids()[:1]
            ],
        }
    ]
    vote.save()
    row = get_json("/api/v1/votes/")["results"][0]
    assert row["id"] == vote.pk
    theme = row["results"][0]
    assert theme["ballots"] == 2
    assert theme["options"][0]["objective"] == "Objectif 1.1"
    rows = get_csv("/api/v1/votes.csv")
    assert rows[0][:3] == ["vote_id", "vote", "theme_id"]
    assert rows[1][6] == "Objectif 1.1"


def test_the_documentation_page_lists_every_set_in_three_languages(db):
    for prefix, heading in [
        ("", "Données ouvertes"),
        ("/en", "Open data"),
        ("/es", "Datos abiertos"),
    ]:
        response = Client().get(f"{prefix}/donnees-ouvertes/")
        assert response.status_code == 200
        body = response.content.decode()
        assert heading in body
        for name in SETS:
            assert f"/api/v1/{name}.csv" in body


def test_an_action_lists_who_carries_it_its_tasks_needs_and_indicators(themes):
    from wagtail.models import Locale

    from climate_plan.models import (
        ActionDependency,
        ActionIndicator,
        ActionResponsibility,
        ActionTask,
        Organisation,
    )

    action = ActionPage.objects.get(title="Action 1.2.1")
    needed = ActionPage.objects.get(title="Action 1.1.1")
    hidden = ActionPage.objects.get(title="Action 2.1.1")
    hidden.unpublish()
    service = Organisation.objects.create(
        locale=Locale.get_default(), name="Service mobilité", slug="mobilite"
    )
    item = indicator({2015: 100})
    ActionResponsibility.objects.create(
        page=action, organisation=service, locale=action.locale
    )
    ActionTask.objects.create(
        page=action,
        locale=action.locale,
        name="Étude",
        due_date=datetime.date(2020, 1, 1),
    )
    ActionDependency.objects.create(action=action, needed=needed)
    ActionDependency.objects.create(action=action, needed=hidden)
    ActionIndicator.objects.create(action=action, indicator=item)
    row = next(
        r for r in get_json("/api/v1/actions/")["results"] if r["id"] == action.pk
    )
    assert [(o["name"], o["slug"], o["role"]) for o in row["organisations"]] == [
        ("Service mobilité", "mobilite", "lead")
    ]
    assert row["tasks"] == [
        {"name": "Étude", "due_date": "2020-01-01", "completed_on": None}
    ]
    assert row["is_late"] is True
    assert row["needs"] == [needed.pk]  # the unpublished one is left out
    assert row["indicator_ids"] == [item.pk]


def test_an_indicator_gives_its_level_its_parent_and_its_goals(db):
    from climate_plan.models import IndicatorGoal

    parent = indicator({2015: 100})
    part = indicator({2015: 50})
    part.parent, part.level = parent, "operational"
    part.goals = [IndicatorGoal(year=2030, value=30)]
    part.save()
    rows = {r["id"]: r for r in get_json("/api/v1/indicators/")["results"]}
    assert rows[part.pk]["parent_id"] == parent.pk
    assert rows[part.pk]["level"] == "operational"
    assert rows[part.pk]["goals"] == [{"year": 2030, "value": 30.0}]


def test_a_frozen_report_gives_the_plan_as_it_stood_in_json_and_csv(themes):
    from plan_reports.services import freeze_report

    report = freeze_report(
        title="Bilan 2024", slug="bilan-2024", as_of=datetime.date.today()
    )
    row = get_json("/api/v1/reports/?locale=en")["results"][0]
    assert (row["id"], row["title"]) == (report.pk, "Bilan 2024")
    assert row["url"].endswith("/en/reports/bilan-2024/")
    assert len(row["actions"]) == 6
    assert row["actions"][0]["action"] == "Action 1.1.1"
    rows = get_csv("/api/v1/reports.csv")
    assert rows[0][:4] == ["report_id", "as_of", "action_key", "objective_key"]
    assert len(rows) == 7
