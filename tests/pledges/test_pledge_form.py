"""The pledge form's refusals: clear, translated, in place, never a 500."""

import pytest
from django.core.cache import cache

from pledges.models import Pledge
from tests.factories.accounts import UserFactory
from tests.pledges.conftest import action_url


@pytest.mark.parametrize(
    "language, message",
    [
        ("fr", "Choisissez ce à quoi vous vous engagez."),
        ("en", "Choose what you pledge to do."),
        ("es", "Elija a qué se compromete."),
    ],
)
def test_an_empty_form_says_what_is_missing_in_the_reader_language(
    client, pledge_page, language, message
):
    prefix = "" if language == "fr" else f"/{language}"
    response = client.post(
        prefix + action_url(pledge_page), {}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "data-error-summary" in html


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"postcode": "9420"}, "Un code postal compte cinq chiffres"),
        ({"postcode": "75013"}, "Ce code postal n’est pas celui de la ville"),
        ({"email": "not-an-address"}, "adresse de courriel valide"),
        ({"email": ""}, "Indiquez votre adresse email"),
        ({"neighbourhood": "atlantis"}, "Sélectionnez un choix valide"),
        ({"action": "99999999999999999999999"}, "Sélectionnez un choix valide"),
    ],
)
def test_mistakes_are_refused_with_a_clear_message(
    client, pledge_page, cycling, fields, message
):
    data = {
        "action": cycling.pk,
        "neighbourhood": "centre-ville",
        "postcode": "94200",
        "email": "amina@example.org",
        **fields,
    }
    response = client.post(action_url(pledge_page), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Pledge.objects.exists()


def test_someone_from_outside_the_city_pledges_with_their_postcode(
    client, pledge_page, cycling
):
    data = {
        "action": cycling.pk,
        "neighbourhood": "outside",
        "postcode": "75013",
        "email": "amina@example.org",
    }
    assert client.post(action_url(pledge_page), data).status_code == 302
    assert Pledge.objects.get().neighbourhood is None


def test_an_unverified_account_is_asked_to_confirm_its_address(
    client, pledge_page, cycling
):
    client.force_login(UserFactory(email="new@example.org", verified=False))
    response = client.post(
        action_url(pledge_page), {"action": cycling.pk, "neighbourhood": "outside"}
    )
    assert response.status_code in (200, 403)
    assert not Pledge.objects.exists()


def test_many_pledges_from_one_address_are_slowed_down(client, pledge_page, cycling):
    cache.clear()
    statuses = [
        client.post(
            action_url(pledge_page),
            {
                "action": cycling.pk,
                "neighbourhood": "centre-ville",
                "postcode": "94200",
                "email": f"person{n}@example.org",
            },
        ).status_code
        for n in range(12)
    ]
    assert statuses[:10] == [302] * 10
    assert statuses[10:] == [429, 429]
    assert (
        "Veuillez patienter dix minutes"
        in client.post(action_url(pledge_page), {}).content.decode()
    )


def test_a_robot_filling_the_honeypot_records_nothing(client, pledge_page, cycling):
    response = client.post(
        action_url(pledge_page),
        {"action": cycling.pk, "website": "http://spam", "email": "x@example.org"},
    )
    assert response.status_code == 302
    assert not Pledge.objects.exists()


def test_opening_the_form_address_leads_back_to_the_page(client, pledge_page):
    assert client.get(action_url(pledge_page)).status_code in (302, 405)
