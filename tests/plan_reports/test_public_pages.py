"""Residents read the frozen reports and their comparison on a conference page."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from climate_plan.models import (
    ActionPage,
    ActionStatus,
    ConferenceIndexPage,
    ConferencePage,
)
from plan_reports.blocks import ReportComparisonBlock
from plan_reports.services import freeze_report
from tests.factories.pages import translate_page
from tests.factories.plan import indicator
from tests.factories.plan import update as post_update


@pytest.fixture
def reports(themes):
    indicator({2019: 290, 2022: 270, 2024: 255})
    action = ActionPage.objects.order_by("path").first()
    post_update(action, "2022-05-01", status=ActionStatus.IN_PROGRESS, progress=30)
    post_update(action, "2024-05-01", status=ActionStatus.DONE, progress=100)
    return (
        freeze_report(
            title="Avant la conférence 2023",
            slug="avant-2023",
            as_of=datetime.date(2023, 11, 25),
        ),
        freeze_report(
            title="Avant la conférence 2025",
            slug="avant-2025",
            as_of=datetime.date(2025, 11, 29),
        ),
    )


@pytest.fixture
def conference(home, reports):
    index = ConferenceIndexPage(title="Conférences", slug="conferences")
    home.add_child(instance=index)
    page = ConferencePage(
        title="Conférence 2025",
        slug="2025",
        edition_year=2025,
        date=datetime.date(2025, 12, 6),
        body=[
            (
                "report_comparison",
                {"title": "", "before": reports[0], "after": reports[1]},
            )
        ],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def queries(client, url):
    client.get(url)  # warm the site and locale caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_the_conference_page_shows_what_moved_between_the_reports(client, conference):
    count, html = queries(client, conference.url)
    assert "Ce qui a bougé entre le 25 novembre 2023 et le 29 novembre 2025" in html
    done = html.split("<h3>Réalisées depuis</h3>")[1].split("<h3>")[0]
    assert "Action 1.1.1" in done
    assert 'href="/reports/avant-2023/"' in html
    # The block reads the two reports and their rows: four queries, whatever
    # the number of actions.
    conference.body = []
    conference.save_revision().publish()
    assert count - queries(client, conference.url)[0] <= 4


def test_a_frozen_report_has_its_own_public_page(
    client, reports, django_assert_max_num_queries
):
    client.get("/reports/avant-2023/")  # warm the site and locale caches
    with django_assert_max_num_queries(20):
        response = client.get("/reports/avant-2023/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Avant la conférence 2023" in html
    assert "Action 1.1.1" in html and "En cours" in html
    assert "270" in html  # the 2022 value, the latest known in 2023
    assert "255" not in html
    assert client.get("/reports/").status_code == 200
    assert client.get("/reports/nope/").status_code == 404


def test_the_report_reads_in_english_and_spanish(client, reports):
    english_action = translate_page(ActionPage.objects.order_by("path").first(), "en")
    english_action.title = "Safe cycle lanes"
    english_action.save_revision().publish()
    later = freeze_report(
        title="Avant 2026", slug="avant-2026", as_of=datetime.date(2026, 1, 1)
    )
    english = client.get(f"/en/reports/{later.slug}/").content.decode()
    spanish = client.get(f"/es/reports/{later.slug}/").content.decode()
    assert "Frozen reports of the plan" in english
    assert 'lang="fr"' in english  # the title is in French
    assert "Safe cycle lanes" in english
    assert "Safe cycle lanes" not in spanish and "Action 1.1.1" in spanish
    assert "Informes congelados del plan" in spanish


def test_the_block_refuses_the_same_report_twice(reports):
    with pytest.raises(ValidationError):
        ReportComparisonBlock().clean(
            {"title": "", "before": reports[0], "after": reports[0]}
        )
