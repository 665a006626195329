"""Pseudonyms nobody can use to pass for someone else: an attacker's attempts."""

import pytest
from django.db import IntegrityError, transaction

from accounts.models import User
from accounts.roles import MODERATORS
from tests.factories.accounts import UserFactory, staff

pytestmark = pytest.mark.django_db

HIDDEN = "Your pseudonym contains invisible or control characters"
TAKEN = "This pseudonym, or one that looks the same, is already used."
RESERVED = "This pseudonym is reserved."


def sign_up(client, name, email="attacker@example.org", prefix="/en"):
    response = client.post(
        f"{prefix}/accounts/signup/",
        {
            "email": email,
            "password1": "soleil-sur-ivry",
            "password2": "soleil-sur-ivry",
            "display_name": name,
        },
    )
    return response, User.objects.filter(email=email).first()


@pytest.mark.parametrize(
    "look_alike",
    [
        "Ｎour",  # fullwidth N
        "NOUR",
        " nour ",
        "Nоur",  # Cyrillic о
        "N0ur",
        "Noûr",
        "N.o.u.r",
    ],
)
def test_a_look_alike_of_a_residents_pseudonym_is_refused(client, look_alike):
    UserFactory(display_name="Nour")
    response, account = sign_up(client, look_alike)
    assert response.status_code == 200
    assert TAKEN in response.content.decode()
    assert account is None


@pytest.mark.parametrize(
    "hidden",
    [
        "Nour\u200b",  # zero-width space
        "\u202eruoN",  # right-to-left override
        "Nour\u2066",  # bidi isolate
        "No\u200dur",  # zero-width joiner
        "Nour\u3164",  # Hangul filler, a "letter" that draws nothing
        "Nour\x07",
    ],
)
def test_invisible_and_direction_characters_are_refused_with_a_clear_message(
    client, hidden
):
    response, account = sign_up(client, hidden)
    assert response.status_code == 200
    assert HIDDEN in response.content.decode()
    assert account is None


def test_the_refusal_is_in_the_visitors_language(client):
    response, _account = sign_up(client, "Nour\u200b", prefix="")
    assert "caractères invisibles ou de contrôle" in response.content.decode()


@pytest.mark.parametrize(
    "name",
    [
        "Pаrticipant",  # Cyrillic а
        "PARTICIPANT",
        "Participante",
        "Modération de la Ville",
        "MODERATION-DE-LA-VILLE",
        "Mοdération de la Ville",  # Greek ο
        "admin",
        "Аdmin",  # Cyrillic А
        "Ville d’Ivry",
        "VILLE D'IVRY",
        "Habitant anonyme",
    ],
)
def test_reserved_names_and_their_look_alikes_are_refused(client, name):
    response, account = sign_up(client, name)
    assert RESERVED in response.content.decode()
    assert account is None


def test_a_moderators_pseudonym_cannot_be_imitated(client):
    staff(MODERATORS, display_name="Claire – modération")
    response, account = sign_up(client, "CLAIRE MODERATION")
    assert TAKEN in response.content.decode()
    assert account is None


def test_a_fullwidth_pseudonym_is_stored_in_ordinary_letters(client):
    response, account = sign_up(client, "Ａｍｉｎａ   du   Centre")
    assert response.status_code == 302
    assert account.display_name == "Amina du Centre"


def test_a_resident_may_restyle_their_own_pseudonym_but_not_take_anothers(client):
    UserFactory(display_name="Amina")
    nour = UserFactory(display_name="Nour")
    client.force_login(nour)
    data = {"preferred_language": "", "neighbourhood": ""}
    response = client.post("/en/account/", {**data, "display_name": "NOUR"})
    assert response.status_code == 302
    nour.refresh_from_db()
    assert nour.display_name == "NOUR"
    response = client.post("/en/account/", {**data, "display_name": "Am1na"})
    assert response.status_code == 400
    assert TAKEN in response.content.decode()
    nour.refresh_from_db()
    assert nour.display_name == "NOUR"


def test_the_database_holds_one_account_per_pseudonym_whatever_the_spelling():
    UserFactory(display_name="Nour")
    with pytest.raises(IntegrityError), transaction.atomic():
        UserFactory(display_name="ｎｏｕｒ")
    # A deleted account's empty pseudonym blocks nobody.
    UserFactory(display_name="")
    UserFactory(display_name="")


def test_a_pseudonym_taken_between_the_check_and_the_save_is_refused_not_a_500(
    client, monkeypatch
):
    UserFactory(display_name="Nour")
    late = UserFactory(display_name="Late")
    # The other account took it after this form's check ran.
    monkeypatch.setattr(
        "accounts.forms.validate_pseudonym", lambda value, user=None: value
    )
    client.force_login(late)
    response = client.post(
        "/en/account/",
        {"display_name": "NOUR", "preferred_language": "", "neighbourhood": ""},
    )
    assert response.status_code == 400
    assert TAKEN in response.content.decode()
    late.refresh_from_db()
    assert late.display_name == "Late"
