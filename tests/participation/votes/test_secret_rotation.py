"""Rotating AGIR_VOTER_KEY_SECRET does not reopen the vote.

The old secret moves to AGIR_VOTER_KEY_SECRET_FALLBACKS: accounts keep the
person key they had, mailboxes claimed before are still recognised, voting
codes printed before still open the ballot, and new keys use the new secret.
"""

import pytest
from django.urls import reverse

from accounts import identity
from accounts.models import MailboxClaim, User
from participation.models import Ballot
from participation.votes import services
from tests.participation.votes.identity_steps import (
    COUNTED,
    REFUSED,
    VOTED,
    cast,
    delete_account,
    sign_up,
)

pytestmark = pytest.mark.django_db

NEW_SECRET = "the-voter-key-secret-after-rotation"


def rotate(settings):
    settings.VOTER_KEY_SECRET_FALLBACKS = [settings.VOTER_KEY_SECRET]
    settings.VOTER_KEY_SECRET = NEW_SECRET


def test_an_account_that_voted_before_the_rotation_is_still_refused(
    client, page, vote, settings
):
    user = sign_up(client, "nour@example.org")
    assert COUNTED in cast(client, vote, page)
    rotate(settings)
    assert User.objects.get(pk=user.pk).person_key == user.person_key
    assert VOTED in client.get(page.url).content.decode()
    assert REFUSED in cast(client, vote, page, choice=1)
    assert "Mobilités" in client.get("/account/").content.decode()  # where I voted
    assert Ballot.objects.count() == 1


def test_signing_up_again_after_the_rotation_finds_the_old_claim(
    client, page, vote, settings
):
    first = sign_up(client, "nour@example.org")
    assert COUNTED in cast(client, vote, page)
    delete_account(client)
    rotate(settings)
    again = sign_up(client, "Nour+Back@example.org")
    assert again.person_key == first.person_key
    assert REFUSED in cast(client, vote, page, choice=1)
    # Claimed again under the new secret: dropping the old one later is safe.
    assert MailboxClaim.objects.filter(
        mailbox_key=identity.mailbox_key("nour@example.org"),
        person_key=first.person_key,
    ).exists()
    settings.VOTER_KEY_SECRET_FALLBACKS = []
    delete_account(client)
    assert sign_up(client, "nour@example.org").person_key == first.person_key
    assert REFUSED in cast(client, vote, page, choice=1)
    assert Ballot.objects.count() == 1


def test_new_accounts_get_keys_under_the_new_secret(client, settings):
    rotate(settings)
    user = sign_up(client, "camille@example.org")
    assert user.person_key == identity.keyed_hash(
        "email", "camille@example.org", NEW_SECRET
    )


def test_a_voting_code_printed_before_the_rotation_still_votes_once(
    client, page, vote, settings
):
    [code] = services.generate_codes(vote, 1)
    rotate(settings)
    url = reverse("participation:vote_code", args=[vote.pk])
    response = client.post(url, {"code": code, "next": page.url})
    assert response.status_code == 302 and response.url == page.url
    assert COUNTED in cast(client, vote, page)
    assert REFUSED in cast(client, vote, page, choice=1)
    assert list(Ballot.objects.values_list("channel", flat=True)) == ["code"]


def test_an_agent_types_a_code_printed_before_the_rotation(vote, settings):
    [code] = services.generate_codes(vote, 1)
    rotate(settings)
    theme = vote.ballot_themes.first()
    agent = User.objects.create_user("agent@example.org", "a-long-password")
    services.enter_paper_ballot(agent, theme, theme.option_ids()[:1], code=code)
    with pytest.raises(services.AlreadyVoted):
        services.enter_paper_ballot(agent, theme, theme.option_ids()[1:2], code=code)
