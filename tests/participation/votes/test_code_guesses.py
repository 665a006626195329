"""Wrong voting codes: limited per address and, across addresses, per vote.

French is the default language: the texts asserted are what a visitor at / reads.
"""

import pytest
from django.urls import reverse

from participation.votes import services

pytestmark = pytest.mark.django_db


def test_the_vote_s_budget_is_50_or_5_percent_of_its_codes(vote):
    assert services.code_guess_budget(vote) == 50
    services.generate_codes(vote, 1200)
    assert services.code_guess_budget(vote) == 60


def test_rotating_addresses_pauses_code_entry_for_the_vote(vote, caplog):
    [code] = services.generate_codes(vote, 1)
    for i in range(49):
        with pytest.raises(services.WrongCode):
            services.check_code(vote, "WRONG", f"203.0.113.{i}")
    with pytest.raises(services.VoteCodesPaused):
        services.check_code(vote, "WRONG", "203.0.113.200")
    assert "Code entry paused for vote campaign" in caplog.text
    # Even the right code, from an address never seen, waits for the hour to end.
    with pytest.raises(services.VoteCodesPaused):
        services.check_code(vote, code, "198.51.100.1")


def test_another_vote_keeps_taking_codes(vote):
    from tests.factories.votes import campaign

    other = campaign(allow_codes=True)
    [code] = services.generate_codes(other, 1)
    for i in range(50):
        with pytest.raises((services.WrongCode, services.VoteCodesPaused)):
            services.check_code(vote, "WRONG", f"203.0.113.{i}")
    assert services.check_code(other, code, "198.51.100.1").campaign == other


def test_neighbours_behind_one_address_are_not_locked_by_the_vote_budget(vote):
    codes = services.generate_codes(vote, 10)
    # Four typos from a shared connection, then everyone's right code goes in.
    for _ in range(4):
        with pytest.raises(services.WrongCode):
            services.check_code(vote, "WRONG", "192.0.2.1")
    for code in codes:
        assert services.check_code(vote, code, "192.0.2.1")


def test_an_ipv6_client_cannot_rotate_within_its_64(vote):
    for i in range(4):
        with pytest.raises(services.WrongCode):
            services.check_code(vote, "WRONG", f"2001:db8:1:2::{i + 1}")
    with pytest.raises(services.CodeLocked):
        services.check_code(vote, "WRONG", "2001:db8:1:2::99")


def test_paused_code_entry_says_so_in_the_visitor_s_language(client, vote, settings):
    settings.AGIR_TRUSTED_PROXY_COUNT = 1
    url = reverse("participation:vote_code", args=[vote.pk])
    statuses = [
        client.post(
            url, {"code": "WRONG"}, HTTP_X_FORWARDED_FOR=f"203.0.113.{i}"
        ).status_code
        for i in range(50)
    ]
    assert statuses == [400] * 49 + [429]
    response = client.post(url, {"code": "WRONG"}, HTTP_X_FORWARDED_FOR="192.0.2.9")
    assert response.status_code == 429
    assert "la saisie des codes est suspendue" in response.content.decode()
    english = client.post("/en" + url, {"code": "X"}, HTTP_X_FORWARDED_FOR="192.0.2.9")
    assert "code entry is paused for everyone" in english.content.decode()
