"""One-click unsubscribe (RFC 8058): the signed link turns one kind off on a
POST, with no session and no CSRF token; a GET only asks; a forged or
altered link changes nothing and says so in the visitor's language."""

from http import HTTPStatus

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import translation

from notifications.models import Kind
from notifications.queries import frequencies_of
from notifications.tokens import SALT, make_token
from tests.factories.accounts import UserFactory


def url_of(token, language="fr"):
    with translation.override(language):
        return reverse("notifications:unsubscribe", args=[token])


@pytest.fixture
def mail_client():
    """A mail client's request: no cookies, and CSRF checks enforced."""
    return Client(enforce_csrf_checks=True)


@pytest.mark.django_db
def test_a_one_click_post_turns_that_kind_off_without_session_or_csrf(
    mail_client, follower
):
    token = make_token(follower, [Kind.NEWS])
    response = mail_client.post(url_of(token, "es"), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == HTTPStatus.OK
    assert "Ya no recibirá" in response.text or "no le escribiremos" in response.text
    assert frequencies_of(follower) == {
        Kind.REPLIES: "immediate",
        Kind.STATUS: "immediate",
        Kind.NEWS: "off",
    }


@pytest.mark.django_db
def test_opening_the_link_only_asks_and_changes_nothing(mail_client, follower):
    token = make_token(follower, [Kind.REPLIES])
    response = mail_client.get(url_of(token))
    assert response.status_code == HTTPStatus.OK
    assert "<form" in response.text and 'method="post"' in response.text
    assert "csrfmiddlewaretoken" not in response.text
    assert (
        "no-store" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    )
    assert frequencies_of(follower)[Kind.REPLIES] == "immediate"


def forged(payload):
    return signing.dumps(payload, salt=SALT, key="not-the-site-key", compress=True)


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_or_altered_link_is_refused_in_the_visitors_language(
    mail_client, follower, method
):
    other = UserFactory()
    good = make_token(other, [Kind.NEWS])
    payload = signing.loads(good, salt=SALT)
    tokens = [
        forged({**payload, "u": follower.pk}),  # signed with another key
        good[:-3] + "abc",  # altered signature
        "not-a-token",
    ]
    for token in tokens:
        response = getattr(mail_client, method)(url_of(token, "en"))
        assert response.status_code == HTTPStatus.BAD_REQUEST
        assert "This unsubscribe link does not work" in response.text
    french = getattr(mail_client, method)(url_of("not-a-token"))
    assert "Ce lien de désinscription ne fonctionne pas" in french.text
    assert frequencies_of(follower)[Kind.NEWS] == "daily"
    assert frequencies_of(other)[Kind.NEWS] == "daily"


@pytest.mark.django_db
def test_a_token_for_one_person_never_unsubscribes_another(mail_client, follower):
    other = UserFactory()
    token = make_token(other, [Kind.NEWS])
    mail_client.post(url_of(token))
    assert frequencies_of(other)[Kind.NEWS] == "off"
    assert frequencies_of(follower)[Kind.NEWS] == "daily"


@pytest.mark.django_db
def test_a_link_stops_working_once_the_address_changes(mail_client, follower):
    token = make_token(follower, [Kind.NEWS])
    follower.email = "nouvelle@example.org"
    follower.save()
    assert mail_client.post(url_of(token)).status_code == HTTPStatus.BAD_REQUEST
    assert frequencies_of(follower)[Kind.NEWS] == "daily"
