"""Sign up, confirm, sign in, reset: what a resident sees at each step."""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from accounts import rules
from accounts.models import User
from tests.factories.accounts import PASSWORD, UserFactory

SIGNUP = "/accounts/signup/"
LOGIN = "/accounts/login/"
RESET = "/accounts/password/reset/"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email="Nour@Example.org ", password="soleil-sur-ivry", prefix=""):
    return client.post(
        f"{prefix}{SIGNUP}",
        {
            "email": email,
            "password1": password,
            "password2": password,
            "display_name": "Nour",
        },
    )


def confirmation_link(message):
    return re.search(
        r"https?://testserver(/\S*confirm-email/\S+/)", message.body
    ).group(1)


@pytest.mark.django_db
def test_sign_up_then_confirm_lets_the_resident_contribute(client):
    response = sign_up(client)
    assert response.status_code == 302
    user = User.objects.get(email="nour@example.org")
    assert user.display_name == "Nour"
    assert not rules.can_contribute(user)
    assert len(mail.outbox) == 1
    link = confirmation_link(mail.outbox[0])

    page = client.get(link)
    assert page.status_code == 200
    client.post(link)

    user.refresh_from_db()
    assert rules.has_verified_email(user)
    assert rules.can_contribute(user)


@pytest.mark.django_db
def test_unverified_resident_may_not_contribute_nor_sign_in(client):
    sign_up(client)
    user = User.objects.get(email="nour@example.org")
    assert not rules.can_contribute(user)
    response = client.post(
        LOGIN, {"login": "nour@example.org", "password": "soleil-sur-ivry"}
    )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert not rules.can_contribute(user)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "subject_word"),
    [("", "Confirmez"), ("/en", "Confirm"), ("/es", "Confirme")],
)
def test_verification_email_is_in_the_visitors_language(client, prefix, subject_word):
    sign_up(client, prefix=prefix)
    assert subject_word.lower() in mail.outbox[0].subject.lower()


@pytest.mark.django_db
def test_signing_up_with_a_taken_email_answers_like_a_new_one(client):
    UserFactory(email="nour@example.org")
    response = sign_up(client)
    new = sign_up(client, email="someone.new@example.org")
    assert response.status_code == new.status_code == 302
    assert response["Location"] == new["Location"]
    assert User.objects.filter(email="nour@example.org").count() == 1


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_unknown_emails(client):
    UserFactory(email="known@example.org")
    known = client.post(RESET, {"email": "known@example.org"})
    unknown = client.post(RESET, {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


@pytest.mark.django_db
def test_wrong_password_and_unknown_email_get_the_same_answer(client):
    UserFactory(email="known@example.org")
    wrong = client.post(
        LOGIN, {"login": "known@example.org", "password": "not-the-password"}
    )
    unknown = client.post(
        LOGIN, {"login": "nobody@example.org", "password": "not-the-password"}
    )
    assert wrong.status_code == unknown.status_code == 200
    assert wrong.context["form"].errors == unknown.context["form"].errors


@pytest.mark.django_db
def test_verified_resident_signs_in_by_email(client):
    UserFactory(email="known@example.org")
    response = client.post(LOGIN, {"login": "Known@Example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/account/").status_code == 200


@pytest.mark.django_db
def test_too_many_failed_logins_get_a_clear_translated_answer(client):
    UserFactory(email="known@example.org")
    for _ in range(5):
        client.post(
            "/en" + LOGIN, {"login": "known@example.org", "password": "wrong-password"}
        )
    response = client.post(
        "/en" + LOGIN, {"login": "known@example.org", "password": PASSWORD}
    )
    assert "Too many failed login attempts" in response.content.decode()
    response = client.post(LOGIN, {"login": "known@example.org", "password": PASSWORD})
    assert "Trop de tentatives" in response.content.decode()


@pytest.mark.django_db
def test_too_many_resets_get_the_site_styled_429_page(client):
    for _ in range(5):
        client.post("/es" + RESET, {"email": "nobody@example.org"})
    response = client.post("/es" + RESET, {"email": "nobody@example.org"})
    assert response.status_code == 429
    body = response.content.decode()
    assert 'class="skip-link"' in body
    assert "Demasiados intentos" in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("staff", "password", "accepted"),
    [
        (False, "ten-chars!", True),
        (False, "nine-char", False),
        (True, "eleven-char", False),
        (True, "twelve-chars", True),
    ],
)
def test_passwords_need_ten_characters_and_twelve_for_staff(staff, password, accepted):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    user = UserFactory(is_staff=staff)
    try:
        validate_password(password, user)
    except ValidationError as error:
        assert not accepted, error.messages
    else:
        assert accepted


@pytest.mark.django_db
def test_a_role_without_the_staff_flag_still_needs_twelve_characters():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    user = UserFactory(roles=["Editors"])
    user.is_staff = False
    with pytest.raises(ValidationError):
        validate_password("eleven-char", user)


@pytest.mark.django_db
def test_every_account_page_uses_the_site_layout(client):
    for url in [LOGIN, SIGNUP, RESET, "/en" + LOGIN, "/es" + SIGNUP]:
        body = client.get(url).content.decode()
        assert 'class="skip-link"' in body, url
        assert "<label" in body, url


@pytest.mark.django_db
def test_signed_in_account_pages_use_the_site_layout(client):
    client.force_login(UserFactory())
    for url in [
        "/accounts/email/",
        "/accounts/password/change/",
        "/es/accounts/logout/",
        "/account/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'class="skip-link"' in response.content.decode(), url
