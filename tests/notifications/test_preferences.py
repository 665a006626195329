"""Each kind of email comes as often as its recipient chose: at once, in a
daily or weekly digest, or never; without a choice, as it always did."""

import datetime
from http import HTTPStatus

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.roles import MODERATORS
from notifications.models import Follow, Frequency, Kind, Notification
from notifications.sending import send_due
from participation.comments import services as comments
from participation.models import ProposalStatus
from participation.proposals import services as proposals
from tests.factories.accounts import UserFactory, staff
from tests.notifications.helpers import choose

LATER = datetime.timedelta(days=8)


def reply_to(comment, capture):
    with capture(execute=True):
        return comments.post_comment(
            UserFactory(display_name="Camille"), None, "Bonne idée !", parent=comment
        )


@pytest.fixture
def first_comment(proposal, follower, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        comment = comments.post_comment(follower, proposal, "Il en faut dix.")
    mail.outbox.clear()
    return comment


@pytest.mark.django_db
def test_without_a_choice_a_reply_comes_at_once_as_before(
    first_comment, follower, django_capture_on_commit_callbacks
):
    reply_to(first_comment, django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert "Camille" in mail.outbox[0].body
    assert mail.outbox[0].extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    # The row is sent; the timer's sweep does not send it again.
    assert send_due(timezone.now() + LATER) == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("frequency", [Frequency.DAILY, Frequency.WEEKLY])
def test_a_reply_waits_for_the_digest_the_recipient_chose(
    first_comment, follower, frequency, django_capture_on_commit_callbacks
):
    choose(follower, replies=frequency)
    reply_to(first_comment, django_capture_on_commit_callbacks)
    assert not mail.outbox
    assert send_due(timezone.now() + LATER) == 1
    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert "Camille" in mail.outbox[0].body


@pytest.mark.django_db
def test_a_kind_turned_off_sends_nothing_and_keeps_nothing(
    first_comment, follower, django_capture_on_commit_callbacks
):
    choose(follower, replies="off")
    reply_to(first_comment, django_capture_on_commit_callbacks)
    assert send_due(timezone.now() + LATER) == 0
    assert not mail.outbox
    assert not Notification.objects.filter(user=follower).exists()


@pytest.mark.django_db
def test_turning_news_off_leaves_replies_at_once(
    first_comment, follower, django_capture_on_commit_callbacks
):
    choose(follower, news="off", status="weekly")
    reply_to(first_comment, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_status_change_reaches_the_author_at_once_and_followers_in_their_digest(
    proposal, follower, django_capture_on_commit_callbacks
):
    Follow.objects.create(user=follower, proposal=proposal)
    choose(follower, status="daily")
    moderator = staff(MODERATORS)
    adopted = ProposalStatus.objects.filter(is_public=True).exclude(
        pk=proposal.status_id
    )[0]
    with django_capture_on_commit_callbacks(execute=True):
        proposals.set_status(proposal, actor=moderator, new_status=adopted)
    assert [m.to for m in mail.outbox] == [[proposal.author.email]]
    send_due(timezone.now() + LATER)
    assert [m.to for m in mail.outbox][1:] == [[follower.email]]
    assert proposal.title in mail.outbox[1].body


@pytest.mark.django_db
def test_an_author_who_chose_a_daily_digest_gets_no_email_at_once(
    proposal, django_capture_on_commit_callbacks
):
    choose(proposal.author, status="daily")
    moderator = staff(MODERATORS)
    with django_capture_on_commit_callbacks(execute=True):
        proposals.set_status(
            proposal,
            actor=moderator,
            new_status=proposal.status,
            official_answer="La ville installe dix arceaux.",
        )
    assert not mail.outbox
    send_due(timezone.now() + LATER)
    assert len(mail.outbox) == 1 and proposal.title in mail.outbox[0].body


@pytest.mark.django_db
def test_changing_the_frequency_moves_what_waits(
    first_comment, follower, django_capture_on_commit_callbacks
):
    choose(follower, replies="weekly")
    reply_to(first_comment, django_capture_on_commit_callbacks)
    choose(follower, replies="daily")
    waiting = Notification.objects.filter(user=follower, sent_at=None)
    assert set(waiting.values_list("frequency", flat=True)) == {"daily"}
    choose(follower, replies="off")
    assert not waiting.exists()


PREFERENCES = reverse("notifications:preferences")


@pytest.mark.django_db
def test_the_preferences_page_saves_each_kind(client, follower):
    client.force_login(follower)
    page = client.get(PREFERENCES)
    assert page.status_code == HTTPStatus.OK
    assert 'id="id_news"' in page.text
    response = client.post(
        PREFERENCES, {"replies": "immediate", "status": "weekly", "news": "off"}
    )
    assert response.status_code == HTTPStatus.FOUND
    from notifications.queries import frequencies_of

    assert frequencies_of(follower) == {
        Kind.REPLIES: "immediate",
        Kind.STATUS: "weekly",
        Kind.NEWS: "off",
    }
    assert "Vos préférences de courriel sont enregistrées" in client.get(
        PREFERENCES
    ).text.replace("\u202f", " ")


@pytest.mark.django_db
def test_a_frequency_that_does_not_exist_is_refused_and_nothing_changes(
    client, follower
):
    client.force_login(follower)
    response = client.post(
        "/en" + PREFERENCES, {"replies": "hourly", "status": "weekly", "news": "off"}
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'id="frequency-errors"' in response.text
    assert "Select a valid choice" in response.text
    assert not follower.notification_preferences.exists()


@pytest.mark.django_db
def test_the_preferences_page_is_for_signed_in_people(client):
    response = client.get(PREFERENCES)
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_my_account_says_how_often_each_kind_comes_and_leads_to_the_choice(
    client, follower, proposal
):
    Follow.objects.create(user=follower, proposal=proposal)
    choose(follower, news="weekly")
    client.force_login(follower)
    page = client.get("/en" + reverse("accounts:my_account"))
    assert 'id="section-my_emails"' in page.text
    assert "News of what I follow (updates, comments): One summary a week" in page.text
    assert "You follow 1 proposal or page." in page.text
    assert PREFERENCES in page.text
