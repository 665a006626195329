"""Late and stale actions: the two rules, computed against dates, and where
residents and staff see them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from climate_plan import timeliness
from climate_plan.models import ActionPage
from tests.factories.plan import follow, organisation, update

TODAY = datetime.date(2026, 6, 15)


def days_ago(days, on=TODAY):
    return on - datetime.timedelta(days=days)


def flags_of(plan, action, on=TODAY):
    return timeliness.plan_flags(plan, on)[action.pk]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("last_update_days_ago", "status", "stale"),
    [
        (10, "in_progress", False),
        (90, "in_progress", False),  # exactly one interval old: still on time
        (91, "in_progress", True),
        (400, "delayed", True),
        (400, "planned", True),
        (400, "done", False),  # nothing left to report
        (400, "abandoned", False),
    ],
)
def test_an_action_is_stale_when_its_last_update_is_older_than_the_interval(
    plan, make_action, last_update_days_ago, status, stale
):
    action = make_action(status=status)
    update(action, days_ago(last_update_days_ago))

    assert flags_of(plan, action).is_stale is stale
    assert flags_of(plan, action).last_news_on == days_ago(last_update_days_ago)


@pytest.mark.django_db
def test_the_interval_is_the_plans(plan, make_action):
    action = make_action()
    update(action, days_ago(40))
    plan.update_interval_days = 30
    plan.save()

    assert flags_of(plan, action).is_stale


@pytest.mark.django_db
def test_an_action_without_update_counts_from_its_first_publication(plan, make_action):
    old = make_action(slug="ancienne")
    new = make_action(slug="nouvelle")
    ActionPage.objects.filter(pk=old.pk).update(
        first_published_at=timezone.make_aware(datetime.datetime(2025, 1, 10))
    )
    ActionPage.objects.filter(pk=new.pk).update(
        first_published_at=timezone.make_aware(datetime.datetime(2026, 6, 1))
    )

    assert flags_of(plan, old).is_stale
    assert flags_of(plan, old).last_news_on == datetime.date(2025, 1, 10)
    assert not flags_of(plan, new).is_stale


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("due", "completed_on", "status", "late"),
    [
        (days_ago(1), None, "in_progress", True),
        (TODAY, None, "in_progress", False),  # due today: not late yet
        (days_ago(30), days_ago(2), "in_progress", False),  # done, even late
        (days_ago(30), None, "planned", True),
        (days_ago(30), None, "done", False),
        (days_ago(30), None, "abandoned", False),
    ],
)
def test_an_action_is_late_when_a_task_is_past_due_and_not_done(
    plan, make_action, due, completed_on, status, late
):
    action = follow(make_action(status=status), tasks=[("Étude", due, completed_on)])

    assert flags_of(plan, action).is_late is late


@pytest.mark.django_db
def test_a_stale_action_says_since_when_there_is_no_news(client, plan, make_action):
    action = make_action(title="Pistes cyclables", slug="pistes")
    update(action, timezone.localdate() - datetime.timedelta(days=120))
    expected = timezone.localdate() - datetime.timedelta(days=120)

    text = client.get(action.url).content.decode()

    assert "Pas de nouvelles depuis le" in text
    assert str(expected.year) in text


@pytest.mark.django_db
def test_a_fresh_action_has_no_flag(client, plan, make_action):
    action = make_action(slug="pistes")
    update(action, timezone.localdate())

    text = client.get(action.url).content.decode()

    assert "Pas de nouvelles depuis" not in text
    assert "flag--late" not in text


@pytest.mark.django_db
def test_the_plan_lists_only_late_or_only_stale_actions_without_javascript(
    client, plan, make_action
):
    today = timezone.localdate()
    late = follow(
        make_action(title="Étude en cours", slug="retard"),
        tasks=[("Étude", today - datetime.timedelta(days=5), None)],
    )
    update(late, today)
    stale = make_action(title="Silence radio", slug="silence")
    update(stale, today - datetime.timedelta(days=200))
    fine = make_action(title="À jour", slug="a-jour")
    update(fine, today)

    only_late = client.get(plan.url, {"timeliness": "late"}).content.decode()
    only_stale = client.get(plan.url, {"timeliness": "stale"}).content.decode()
    everything = client.get(plan.url, {"timeliness": "<script>"})

    assert "Étude en cours" in only_late and "Silence radio" not in only_late
    assert "Silence radio" in only_stale and "Étude en cours" not in only_stale
    assert "À jour" not in only_late + only_stale
    assert everything.status_code == 200
    assert "À jour" in everything.content.decode()
    assert 'name="timeliness"' in only_late and 'method="get"' in only_late


@pytest.mark.django_db
def test_staff_see_late_and_stale_actions_in_a_report(
    client, django_user_model, plan, make_action
):
    admin = django_user_model.objects.create_superuser(
        email="admin@example.org", password="x" * 12
    )
    today = timezone.localdate()
    stale = make_action(title="Silence radio", slug="silence")
    update(stale, today - datetime.timedelta(days=200))
    fine = make_action(title="À jour", slug="a-jour")
    update(fine, today)
    late = follow(
        make_action(title="Étude en cours", slug="retard"),
        organisations=[(organisation(), "lead")],
        tasks=[("Étude", today - datetime.timedelta(days=5), None)],
    )
    update(late, today)
    client.force_login(admin)
    url = reverse("climate_plan_timeliness_report")

    text = client.get(url).content.decode()
    only_late = client.get(url, {"timeliness": "late"}).content.decode()

    assert "Silence radio" in text and "Étude en cours" in text
    assert "À jour" not in text
    assert "Silence radio" not in only_late
    assert "Service mobilités" in only_late  # the lead organisation
    assert client.get(url, {"export": "csv"}).status_code == 200


@pytest.mark.django_db
def test_the_late_report_is_for_staff_only(client, django_user_model, plan):
    resident = django_user_model.objects.create_user(
        email="r@example.org", password="x" * 12
    )
    client.force_login(resident)
    response = client.get(reverse("climate_plan_timeliness_report"))

    assert response.status_code in (302, 403)
