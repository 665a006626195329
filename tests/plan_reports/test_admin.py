"""Staff freeze a report from the admin; nobody can edit or delete it there."""

import datetime

import pytest
from django.urls import reverse

from climate_plan.models import ActionPage
from plan_reports.models import PlanReport
from plan_reports.services import freeze_report

URLS = "wagtailsnippets_plan_reports_planreport"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser(
            email="admin@example.org", password="x" * 12
        )
    )
    return client


def test_staff_freeze_a_report_from_the_admin(admin_client, themes):
    response = admin_client.post(
        reverse(f"{URLS}:add"),
        {"title": "Avant 2023", "slug": "avant-2023", "as_of": "2023-03-01"},
    )
    assert response.status_code == 302
    report = PlanReport.objects.get()
    assert report.actions.count() == ActionPage.objects.count()
    assert (
        admin_client.get(reverse(f"{URLS}:inspect", args=[report.pk])).status_code
        == 200
    )


def test_a_future_date_is_refused_with_a_message_in_the_form(admin_client, themes):
    response = admin_client.post(
        reverse(f"{URLS}:add"),
        {"title": "Plus tard", "slug": "plus-tard", "as_of": "2999-01-01"},
    )
    assert response.status_code == 200
    assert "Un bilan ne peut pas décrire une date à venir." in response.content.decode()
    assert not PlanReport.objects.exists()


@pytest.mark.parametrize("view", ["edit", "delete"])
def test_even_a_superuser_cannot_edit_or_delete_a_frozen_report(
    admin_client, themes, view
):
    report = freeze_report(
        title="Avant 2023", slug="avant-2023", as_of=datetime.date(2023, 3, 1)
    )
    url = reverse(f"{URLS}:{view}", args=[report.pk])
    assert admin_client.get(url).status_code in (302, 403)
    admin_client.post(url, {"title": "Changé", "slug": "x", "as_of": "2020-01-01"})
    assert PlanReport.objects.get().title == "Avant 2023"
