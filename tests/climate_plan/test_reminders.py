"""Reminders: the people following an action without news are written to, in
their language, at most once per interval."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from climate_plan.reminders import send_reminders
from tests.factories.accounts import UserFactory
from tests.factories.plan import committee_for, follow, update

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def stale_action(plan, theme, make_action):
    action = follow(
        make_action(title="Pistes cyclables", slug="pistes"),
        contacts=[
            ("Inès Martin", "Chargée de mission", "ines@ivry.example", False),
            ("Sans adresse", "Agent", "", False),
        ],
    )
    update(action, TODAY - datetime.timedelta(days=120))
    return action


@pytest.fixture
def member(theme, stale_action):
    user = UserFactory(email="membre@example.org", preferred_language="en")
    committee_for(theme, [stale_action], users=[user])
    return user


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.mark.django_db
def test_committee_members_and_contacts_of_a_stale_action_are_reminded(
    stale_action, member
):
    sent = send_reminders(on=TODAY)

    assert sent == 2
    assert recipients() == ["ines@ivry.example", "membre@example.org"]
    french = next(m for m in mail.outbox if m.to == ["ines@ivry.example"])
    english = next(m for m in mail.outbox if m.to == ["membre@example.org"])
    assert "Pistes cyclables" in french.body
    assert "Pas de nouvelles depuis le" in french.body
    assert "waiting for news" in english.subject


@pytest.mark.django_db
def test_nobody_is_reminded_twice_within_the_interval(stale_action, member):
    send_reminders(on=TODAY)
    send_reminders(on=TODAY)
    send_reminders(on=TODAY + datetime.timedelta(days=89))
    assert len(mail.outbox) == 2

    send_reminders(on=TODAY + datetime.timedelta(days=90))

    assert len(mail.outbox) == 4


@pytest.mark.django_db
def test_a_fresh_or_finished_action_sends_no_reminder(plan, make_action, member):
    fresh = follow(
        make_action(slug="fraiche"),
        contacts=[("A", "", "a@ivry.example", False)],
    )
    update(fresh, TODAY - datetime.timedelta(days=5))
    done = follow(
        make_action(slug="finie", status="done"),
        contacts=[("B", "", "b@ivry.example", False)],
    )
    update(done, TODAY - datetime.timedelta(days=500))
    mail.outbox.clear()

    send_reminders(on=TODAY)

    assert "a@ivry.example" not in recipients()
    assert "b@ivry.example" not in recipients()


@pytest.mark.django_db
def test_an_inactive_member_is_not_reminded(stale_action, member):
    member.is_active = False
    member.save()

    send_reminders(on=TODAY)

    assert recipients() == ["ines@ivry.example"]


@pytest.mark.django_db
def test_the_worker_runs_the_reminders_once_a_day(stale_action, member, monkeypatch):
    from django.core.cache import cache

    from climate_plan import reminders, tasks

    calls = []
    monkeypatch.setattr(reminders, "send_reminders", lambda on: calls.append(on))
    cache.delete(tasks.reminders_key(timezone.localdate()))

    tasks.send_action_reminders.call()
    tasks.send_action_reminders.call()

    assert calls == [timezone.localdate()]


def test_the_reminders_are_among_the_timer_tasks():
    from wagtail import hooks

    from climate_plan.tasks import send_action_reminders
    from home.tasks import TIMER_HOOK

    assert send_action_reminders in [hook() for hook in hooks.get_hooks(TIMER_HOOK)]


@pytest.mark.django_db
def test_the_reminder_says_which_action_since_when_and_where_to_post(
    stale_action, member
):
    send_reminders(on=TODAY)
    french = next(m for m in mail.outbox if m.to == ["ines@ivry.example"])

    assert "1 action" not in french.subject  # one action: the singular subject
    assert "attend des nouvelles" in french.subject
    assert f"http://testserver{stale_action.url}" in french.body
    assert "http://testserver/admin/snippets/climate_plan/actionupdate/add/" in (
        french.body
    )
