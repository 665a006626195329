"""The admin: the actions report and its spreadsheet export."""

import csv
import io

import pytest
from django.urls import reverse


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        email="admin@example.org", password="x" * 12
    )


@pytest.mark.django_db
def test_actions_report_lists_actions_filtered_by_status(
    client, admin_user, make_action
):
    make_action(title="Pistes cyclables", slug="pistes", status="done")
    make_action(title="Parkings vélo", slug="parkings", status="planned")
    client.force_login(admin_user)

    all_actions = client.get(reverse("climate_plan_actions_report")).content.decode()
    done_only = client.get(reverse("climate_plan_actions_report"), {"status": "done"})

    assert "Pistes cyclables" in all_actions and "Parkings vélo" in all_actions
    assert "Parkings vélo" not in done_only.content.decode()


@pytest.mark.django_db
def test_actions_report_exports_a_spreadsheet(client, admin_user, make_action):
    make_action(title="Pistes cyclables", slug="pistes", status="done", progress=100)
    client.force_login(admin_user)

    response = client.get(reverse("climate_plan_actions_report"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    xlsx = client.get(reverse("climate_plan_actions_report"), {"export": "xlsx"})

    assert rows[0][0] == "Action"
    assert rows[1][0] == "Pistes cyclables" and rows[1][2] == "100"
    assert len(rows) == 2
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.django_db
def test_the_report_export_never_writes_a_formula(client, admin_user, make_action):
    make_action(title="=HYPERLINK(1)", slug="formule", lead_service="@service")
    client.force_login(admin_user)

    response = client.get(reverse("climate_plan_actions_report"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert rows[1][0] == "'=HYPERLINK(1)" and rows[1][5] == "'@service"


@pytest.mark.django_db
def test_the_report_is_for_staff_only(client, django_user_model, make_action):
    resident = django_user_model.objects.create_user(
        email="r@example.org", password="x" * 12
    )
    client.force_login(resident)
    assert client.get(reverse("climate_plan_actions_report")).status_code in (302, 403)


@pytest.mark.django_db
def test_editors_open_the_committee_and_indicator_forms(
    client, admin_user, theme, make_action
):
    from tests.factories.plan import committee_for, indicator

    committee = committee_for(theme, [make_action()], users=[admin_user])
    chart = indicator({2015: 100})
    client.force_login(admin_user)

    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[committee.pk])).status_code
        == 200
    )
    edit_indicator = reverse(
        "wagtailsnippets_climate_plan_indicator:edit", args=[chart.pk]
    )
    assert client.get(edit_indicator).status_code == 200
