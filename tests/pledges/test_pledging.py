"""Pledging with an account or with an email address, once per person."""

import threading

import pytest
from django.core import mail
from django.db import connections
from django.test import Client

from pledges.models import Pledge
from tests.factories.accounts import UserFactory
from tests.pledges.conftest import action_url, link_in_last_email, path_of


def form(action, **fields):
    return {"action": action.pk, "neighbourhood": "centre-ville", **fields}


def anonymous_pledge(client, page, action, email="amina@example.org", **fields):
    data = form(action, postcode="94200", email=email, **fields)
    return client.post(action_url(page), data)


def confirm(client, link):
    return client.post(path_of(link))


def test_a_resident_with_an_account_pledges_at_once(
    client, resident, pledge_page, cycling
):
    client.force_login(resident)
    response = client.post(action_url(pledge_page), form(cycling))
    assert response.status_code == 302
    assert "?pledge=counted#pledge-" in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert "Votre engagement est compté" in page
    assert Pledge.objects.get().confirmed_at is not None


def test_the_same_account_twice_counts_once(client, resident, pledge_page, cycling):
    client.force_login(resident)
    client.post(action_url(pledge_page), form(cycling))
    again = client.post(action_url(pledge_page), form(cycling))
    assert again.status_code == 409
    assert "Vous avez déjà pris cet engagement" in again.content.decode()
    assert Pledge.objects.count() == 1


def test_an_account_may_pledge_two_different_actions(
    client, resident, pledge_page, cycling, composting
):
    client.force_login(resident)
    client.post(action_url(pledge_page), form(cycling))
    client.post(action_url(pledge_page), form(composting))
    assert Pledge.objects.count() == 2


def test_anonymously_a_pledge_counts_once_the_emailed_link_is_confirmed(
    client, pledge_page, cycling
):
    response = anonymous_pledge(client, pledge_page, cycling)
    assert "?pledge=check_email" in response["Location"]
    assert "Vérifiez vos emails" in client.get(response["Location"]).content.decode()
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 0
    link = link_in_last_email()
    assert client.get(path_of(link)).status_code == 200  # a button, not counted
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 0
    counted = confirm(client, link)
    assert counted.status_code == 200
    assert "Votre engagement est compté" in counted.content.decode()
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 1
    assert confirm(client, link).status_code == 200  # pressing twice is harmless
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 1


@pytest.mark.parametrize(
    "second", ["amina@example.org", "AMINA@Example.org ", "amina+climat@example.org"]
)
def test_the_same_address_twice_counts_once(client, pledge_page, cycling, second):
    anonymous_pledge(client, pledge_page, cycling)
    first_link = link_in_last_email()
    anonymous_pledge(client, pledge_page, cycling, email=second)
    second_link = link_in_last_email()
    assert confirm(client, first_link).status_code == 200
    # Asked again after the first confirmation, the email says it is counted.
    anonymous_pledge(client, pledge_page, cycling, email=second)
    assert "déjà pris cet engagement" in mail.outbox[-1].body
    refused = confirm(client, second_link)
    assert refused.status_code == 409
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 1


def test_an_address_that_pledged_anonymously_cannot_pledge_again_with_an_account(
    client, resident, pledge_page, cycling
):
    anonymous_pledge(client, pledge_page, cycling, email=resident.email)
    confirm(client, link_in_last_email())
    client.force_login(resident)
    assert client.post(action_url(pledge_page), form(cycling)).status_code == 409
    assert Pledge.objects.count() == 1


def test_a_forged_or_altered_link_counts_nothing(client, pledge_page, cycling):
    anonymous_pledge(client, pledge_page, cycling)
    link = link_in_last_email()
    assert client.post(path_of(link)[:-3] + "xx/").status_code == 400
    assert client.post("/pledges/confirm/1/").status_code == 400
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 0


def test_the_email_address_is_not_stored(client, pledge_page, cycling):
    anonymous_pledge(client, pledge_page, cycling, email="secret.person@example.org")
    confirm(client, link_in_last_email())
    for row in Pledge.objects.values():
        assert not any("secret" in str(value) for value in row.values())


def race(attempts, attempt):
    barrier = threading.Barrier(attempts)
    statuses = []

    def run():
        try:
            barrier.wait()
            statuses.append(attempt())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(statuses)


@pytest.mark.django_db(transaction=True)
def test_simultaneous_posts_from_one_account_count_once(pledge_page, cycling):
    resident = UserFactory(email="amina@example.org")
    url = action_url(pledge_page)

    def attempt():
        client = Client()
        client.force_login(resident)
        return client.post(url, form(cycling)).status_code

    assert race(8, attempt) == [302] + [409] * 7
    assert Pledge.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_simultaneous_confirmations_of_one_address_count_once(pledge_page, cycling):
    client = Client()
    links = []
    for _ in range(6):
        anonymous_pledge(client, pledge_page, cycling)
        links.append(path_of(link_in_last_email()))

    def attempt():
        return Client().post(links.pop()).status_code

    assert race(6, attempt) == [200] + [409] * 5
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 1
