"""One person, one ballot per theme, whatever they do with their email addresses.

Each test is an attempt to vote twice, made as a resident would make it: over
HTTP, through the sign-up, email and account pages. French is the default
language: the texts asserted are what a visitor at / reads.
"""

import pytest
from allauth.account.models import EmailAddress

from accounts import identity
from accounts.models import User
from participation.models import Ballot, VoterRecord
from tests.participation.votes.identity_steps import (
    COUNTED,
    REFUSED,
    VOTED,
    add_address,
    cast,
    delete_account,
    make_primary,
    remove_address,
    sign_up,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "second", ["nour+vote2@example.org", "Nour.B@other.example.org"]
)
def test_moving_to_another_address_gives_no_second_ballot(client, page, vote, second):
    user = sign_up(client, "nour@example.org")
    assert COUNTED in cast(client, vote, page)
    key = User.objects.get(pk=user.pk).person_key

    add_address(client, second)
    make_primary(client, second.lower())
    remove_address(client, "nour@example.org")

    user.refresh_from_db()
    assert user.email == second.lower()
    assert list(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    assert not EmailAddress.objects.filter(email="nour@example.org").exists()
    assert user.person_key == key
    assert VOTED in client.get(page.url).content.decode()
    assert REFUSED in cast(client, vote, page, choice=1)
    assert Ballot.objects.count() == VoterRecord.objects.count() == 1


@pytest.mark.parametrize(
    "again", ["nour@example.org", "  NOUR@Example.ORG ", "nour+back@example.org"]
)
def test_deleting_the_account_and_signing_up_again_gives_no_second_ballot(
    client, page, vote, again
):
    first = sign_up(client, "nour@example.org")
    assert COUNTED in cast(client, vote, page)
    delete_account(client)
    assert User.objects.get(pk=first.pk).is_deleted

    newcomer = sign_up(client, again)
    assert newcomer.pk != first.pk
    assert newcomer.person_key == identity.mailbox_key("nour@example.org")
    assert VOTED in client.get(page.url).content.decode()
    assert REFUSED in cast(client, vote, page, choice=1)
    assert Ballot.objects.count() == 1


def test_a_second_mailbox_added_then_signed_up_with_is_the_same_person(
    client, page, vote
):
    """Add a second mailbox, vote, delete the account, sign up with the second one."""
    sign_up(client, "nour@example.org")
    add_address(client, "nour@work.example.org")
    assert COUNTED in cast(client, vote, page)
    delete_account(client)
    sign_up(client, "nour@work.example.org")
    assert REFUSED in cast(client, vote, page, choice=1)
    assert Ballot.objects.count() == 1


@pytest.mark.parametrize(
    "first, second",
    [
        ("nour@example.org", "nour+second@example.org"),
        ("nour@example.org", "Nour+Second@EXAMPLE.org"),
        ("jean.dupont@gmail.com", "jeandupont+vote@googlemail.com"),
        ("jeandupont@googlemail.com", "Jean.Du.Pont@gmail.com"),
    ],
)
def test_a_second_account_on_a_spelling_of_the_same_mailbox_gets_no_ballot(
    client, page, vote, first, second
):
    one = sign_up(client, first)
    assert COUNTED in cast(client, vote, page)
    two = sign_up(client, second)
    assert two.pk != one.pk
    assert REFUSED in cast(client, vote, page, choice=1)
    assert VOTED in client.get(page.url).content.decode()
    assert Ballot.objects.count() == 1


def test_the_second_account_may_vote_first_then_the_first_is_refused(
    client, page, vote
):
    sign_up(client, "nour@example.org")
    sign_up(client, "nour+second@example.org")
    assert COUNTED in cast(client, vote, page)
    client.force_login(User.objects.get(email="nour@example.org"))
    assert REFUSED in cast(client, vote, page, choice=1)
    assert Ballot.objects.count() == 1


def test_different_people_still_vote_once_each(client, page, vote):
    sign_up(client, "nour@example.org")
    assert COUNTED in cast(client, vote, page)
    sign_up(client, "camille@example.org")
    assert COUNTED in cast(client, vote, page)
    assert Ballot.objects.count() == VoterRecord.objects.count() == 2
