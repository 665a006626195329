"""Which events reach whom: action updates, page changes, comments and status
changes of followed things, and nothing once the account is gone."""

import datetime

import pytest
from django.core import mail

from accounts.services import delete_account
from climate_plan.models import ActionUpdate
from climate_plan.services import post_action_update
from notifications.models import Follow, Kind, Notification
from participation.comments import services as comments
from tests.factories.accounts import UserFactory
from tests.factories.pages import translate_page
from tests.notifications.helpers import choose


def new_update(action, status=""):
    return ActionUpdate(
        action=action,
        date=datetime.date(2026, 12, 1),
        text="Les premiers arceaux sont posés.",
        signed="Comité mobilités",
        status=status,
    )


@pytest.mark.django_db
def test_an_action_update_reaches_its_followers_at_once_in_their_language(
    follower, action, django_capture_on_commit_callbacks
):
    Follow.objects.create(user=follower, page=action)
    choose(follower, news="immediate")
    with django_capture_on_commit_callbacks(execute=True):
        update = post_action_update(new_update(action), UserFactory())
    (message,) = mail.outbox
    assert message.to == [follower.email]
    assert "Novedades de" in message.subject and action.title in message.subject
    assert "Les premiers arceaux sont posés." in message.body
    assert "/es/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    # Editing the update later tells nobody again.
    update.text = "Les premiers arceaux sont posés rue Marat."
    with django_capture_on_commit_callbacks(execute=True):
        post_action_update(update, UserFactory())
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_an_update_that_moves_the_status_is_a_status_change(
    follower, objective, action, django_capture_on_commit_callbacks
):
    Follow.objects.create(user=follower, page=objective)
    choose(follower, news="off", status="daily")
    with django_capture_on_commit_callbacks(execute=True):
        post_action_update(new_update(action, status="done"), UserFactory())
    (note,) = Notification.objects.filter(user=follower)
    assert note.kind == Kind.STATUS and note.data == {"status": "done"}


@pytest.mark.django_db
def test_a_new_version_of_a_followed_objective_is_news_once_not_per_language(
    follower, objective, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        english = translate_page(objective, "en")
    Follow.objects.create(user=follower, page=objective)
    with django_capture_on_commit_callbacks(execute=True):
        objective.save_revision().publish()
        english.save_revision().publish()
    notes = Notification.objects.filter(user=follower)
    assert [(n.kind, n.page_id) for n in notes] == [(Kind.NEWS, objective.pk)]


@pytest.mark.django_db
def test_followers_of_a_proposal_hear_of_comments_but_not_its_commenter(
    proposal, follower, django_capture_on_commit_callbacks
):
    other = UserFactory()
    for user in (follower, other):
        Follow.objects.create(user=user, proposal=proposal)
    with django_capture_on_commit_callbacks(execute=True):
        comments.post_comment(other, proposal, "Et devant le collège aussi.")
    news = Notification.objects.filter(kind=Kind.NEWS)
    assert list(news.values_list("user_id", flat=True)) == [follower.pk]


@pytest.mark.django_db
def test_a_rejection_is_for_the_author_alone(proposal, follower):
    from notifications import events

    Follow.objects.create(user=follower, proposal=proposal)
    assert events.proposal_for_followers(proposal, "rejected") == []


@pytest.mark.django_db
def test_deleting_an_account_forgets_its_follows_and_waiting_emails(follower, action):
    Follow.objects.create(user=follower, page=action)
    choose(follower, news="weekly")
    from notifications import events

    update = new_update(action)
    update.save()
    events.action_update(update, status_changed=False)
    assert Notification.objects.filter(user=follower).exists()
    delete_account(follower)
    assert not Follow.objects.filter(user=follower).exists()
    assert not Notification.objects.filter(user=follower).exists()
    assert not follower.notification_preferences.exists()
