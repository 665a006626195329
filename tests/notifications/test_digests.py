"""Digests: once a day or a week, everything since the previous one, grouped
by what it is about, in the recipient's language, sent once even by two
workers at the same time."""

import threading

import pytest
from django.core import mail
from django.db import connections

from notifications import events
from notifications.models import Follow, Notification
from notifications.sending import send_due, slot_start
from tests.factories.plan import update
from tests.notifications.helpers import at, choose

# A Wednesday; digests leave at 7:00 (weekly ones on Mondays).
WEDNESDAY = "2026-12-02"


def news_of(action, when, text="Point d’étape.", status=""):
    """An update of `action` written at `when`, and its outbox rows."""
    entry = update(action, when.date(), status=status)
    entry.text = text
    entry.save()
    notes = events.action_update(entry, status_changed=bool(status))
    Notification.objects.filter(pk__in=[n.pk for n in notes]).update(created_at=when)
    return notes


@pytest.fixture
def following(follower, action, objective):
    """Lucía (Spanish) follows the action and its objective, news daily."""
    Follow.objects.create(user=follower, page=action)
    Follow.objects.create(user=follower, page=objective)
    choose(follower, news="daily", status="daily")
    return follower


def test_the_daily_period_starts_at_seven_and_the_weekly_one_on_monday(settings):
    settings.AGIR_DIGEST_HOUR = 7
    assert slot_start("daily", at(WEDNESDAY, 6, 59)) == at("2026-12-01", 7)
    assert slot_start("daily", at(WEDNESDAY, 7)) == at(WEDNESDAY, 7)
    assert slot_start("weekly", at(WEDNESDAY, 12)) == at("2026-11-30", 7)
    assert slot_start("weekly", at("2026-11-30", 6)) == at("2026-11-23", 7)


@pytest.mark.django_db
def test_a_daily_digest_groups_the_days_news_in_the_recipients_language(
    following, action
):
    news_of(action, at("2026-12-01", 10), text="Les travaux commencent.")
    news_of(action, at("2026-12-01", 18), text="Premiers arceaux posés.", status="done")
    # Before 7:00 nothing leaves: the day is not over.
    assert send_due(at(WEDNESDAY, 6, 59)) == 0
    assert send_due(at(WEDNESDAY, 7, 1)) == 1
    (message,) = mail.outbox
    assert message.to == [following.email]
    assert "Tu resumen diario" in message.subject
    # One heading for the action (it is followed twice: through its
    # objective too), both updates under it, in order, with their texts.
    assert message.body.count(action.title) == 1
    body = message.body
    assert body.index("Les travaux commencent.") < body.index("Premiers arceaux posés.")
    assert "Hola, Lucía" in body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'lang="es"' in html and "Premiers arceaux posés." in html
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://testserver/es/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )


@pytest.mark.django_db
def test_the_next_digest_holds_only_what_came_since_the_last(following, action):
    news_of(action, at("2026-12-01", 10), text="Les travaux commencent.")
    send_due(at(WEDNESDAY, 7, 1))
    news_of(action, at(WEDNESDAY, 9), text="Le chantier avance.")
    assert send_due(at(WEDNESDAY, 23)) == 0  # already had today's
    assert send_due(at("2026-12-03", 7, 1)) == 1
    latest = mail.outbox[-1].body
    assert "Le chantier avance." in latest
    assert "Les travaux commencent." not in latest
    # Running the timer again sends nothing more.
    assert send_due(at("2026-12-03", 7, 2)) == 0


@pytest.mark.django_db
def test_a_weekly_digest_waits_for_monday(following, action):
    choose(following, news="weekly")
    news_of(action, at("2026-11-30", 10))
    assert send_due(at("2026-12-06", 23)) == 0
    assert send_due(at("2026-12-07", 7, 5)) == 1
    assert "Tu resumen semanal" in mail.outbox[0].subject


@pytest.mark.django_db
def test_the_update_author_is_not_told_of_their_own_update(following, action):
    following_author = following
    entry = update(action, at(WEDNESDAY, 9).date())
    entry.author = following_author
    entry.save()
    assert events.action_update(entry, status_changed=False) == []


@pytest.mark.django_db(transaction=True)
def test_two_workers_sending_at_the_same_time_send_each_digest_once(themes):
    from climate_plan.models import ActionPage
    from tests.factories.accounts import UserFactory

    action = ActionPage.objects.order_by("path").first()
    readers = [UserFactory(preferred_language="fr") for _ in range(5)]
    for reader in readers:
        Follow.objects.create(user=reader, page=action)
        choose(reader, news="daily")
    news_of(action, at("2026-12-01", 10))
    barrier = threading.Barrier(2)
    sent = []

    def worker():
        try:
            barrier.wait()
            sent.append(send_due(at(WEDNESDAY, 7, 1)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(sent) == 5
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers)
    assert not Notification.objects.filter(sent_at=None).exists()


def queries_to_send_a_digest_of(follower, action, items):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    Notification.objects.all().delete()
    for i in range(items):
        news_of(action, at("2026-12-01", 8 + i % 12))
    with CaptureQueriesContext(connection) as queries:
        assert send_due(at(WEDNESDAY, 7, 1)) == 1
    return len(queries)


@pytest.mark.django_db
def test_a_digest_of_thirty_updates_costs_the_queries_of_one_of_three(
    following, action
):
    queries_to_send_a_digest_of(following, action, 1)  # warms the site's caches
    few = queries_to_send_a_digest_of(following, action, 3)
    assert queries_to_send_a_digest_of(following, action, 30) == few
