"""An account's vote identity: the normalised mailbox, the person key kept from
the first verified mailbox, the claims that outlive accounts, the migration
that gave existing accounts their keys."""

import importlib

import pytest
from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed
from django.apps import apps

from accounts import identity
from accounts.models import MailboxClaim, User
from accounts.services import claim_mailbox, delete_account
from participation.models import VoterRecord
from participation.votes.services import cast_ballot
from tests.factories.accounts import UserFactory
from tests.factories.votes import campaign


@pytest.mark.parametrize(
    "address, mailbox",
    [
        ("nour@example.org", "nour@example.org"),
        ("  Nour@Example.ORG ", "nour@example.org"),
        ("nour+vote@example.org", "nour@example.org"),
        ("Nour+Vote+Again@Example.org", "nour@example.org"),
        ("nour.b@example.org", "nour.b@example.org"),  # dots matter outside Gmail
        ("Jean.Dupont@gmail.com", "jeandupont@gmail.com"),
        ("jean.dupont+club@googlemail.com", "jeandupont@gmail.com"),
        ("j.e.a.n.dupont@GoogleMail.com", "jeandupont@gmail.com"),
        ("jean.dupont@gmail.com.example.org", "jean.dupont@gmail.com.example.org"),
        ("+only@example.org", "+only@example.org"),  # nothing left once untagged
        ("STRASSE@example.org", "strasse@example.org"),
        ("straße@example.org", "strasse@example.org"),  # case-folded, not lowered
        ("no-at-sign", "no-at-sign"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalised_mailbox(address, mailbox):
    assert identity.normalised_mailbox(address) == mailbox


def test_mailbox_keys_reveal_nothing_and_differ_from_code_keys(settings):
    key = identity.mailbox_key("Nour+x@Example.org")
    assert key == identity.mailbox_key("nour@example.org")
    assert len(key) == 64 and "nour" not in key
    assert key != identity.keyed_hash("code", "nour@example.org")
    settings.VOTER_KEY_SECRET_FALLBACKS = ["older"]
    assert identity.mailbox_keys("nour@example.org") == [
        key,
        identity.keyed_hash("email", "nour@example.org", "older"),
    ]


@pytest.mark.django_db
def test_the_person_key_does_not_change_when_the_email_changes():
    user = UserFactory(email="nour@example.org")
    key = user.person_key
    assert key == identity.mailbox_key("nour@example.org")
    assert User.objects.get(pk=user.pk).person_key == key
    first = EmailAddress.objects.get(user=user)
    second = EmailAddress.objects.create(
        user=user, email="nour@elsewhere.example.org", verified=True
    )
    second.set_as_primary()
    first.remove()
    user.refresh_from_db()
    assert user.email == "nour@elsewhere.example.org"
    assert user.person_key == key
    # The new mailbox now points at the same person.
    claim = MailboxClaim.objects.get(
        mailbox_key=identity.mailbox_key("nour@elsewhere.example.org")
    )
    assert claim.person_key == key


@pytest.mark.django_db
def test_a_stale_copy_of_the_account_cannot_erase_its_key():
    user = UserFactory(email="nour@example.org", verified=False)
    stale = User.objects.get(pk=user.pk)
    EmailAddress.objects.create(user_id=user.pk, email=user.email, verified=True)
    stale.display_name = "Nour"
    stale.save()
    assert User.objects.get(pk=user.pk).person_key == identity.mailbox_key(
        "nour@example.org"
    )


@pytest.mark.django_db
def test_unverified_addresses_claim_nothing():
    user = UserFactory(email="nour@example.org", verified=False)
    EmailAddress.objects.create(user=user, email=user.email, verified=False)
    assert User.objects.get(pk=user.pk).person_key == ""
    assert not MailboxClaim.objects.exists()


@pytest.mark.django_db
def test_the_first_claim_wins_and_deletion_keeps_it():
    first = UserFactory(email="nour@example.org")
    key = first.person_key
    delete_account(first)
    tombstone = User.objects.get(pk=first.pk)
    assert tombstone.person_key == ""
    assert MailboxClaim.objects.get().person_key == key
    again = UserFactory(email="nour+back@example.org")
    assert again.person_key == key
    assert MailboxClaim.objects.count() == 1
    assert claim_mailbox(again.pk, "nour@example.org") == key


@pytest.mark.django_db
def test_an_account_with_a_key_keeps_it_when_it_verifies_someone_elses_mailbox():
    nour = UserFactory(email="nour@example.org")
    camille = UserFactory(email="camille@example.org")
    EmailAddress.objects.create(user=camille, email="nour+x@example.org", verified=True)
    assert User.objects.get(pk=camille.pk).person_key == identity.mailbox_key(
        "camille@example.org"
    )
    assert MailboxClaim.objects.get(
        mailbox_key=identity.mailbox_key("nour@example.org")
    ).person_key == (nour.person_key)


@pytest.mark.django_db
def test_an_address_verified_outside_the_sign_up_is_claimed():
    """allauth's admin action: set_verified() then the email_confirmed signal."""
    user = UserFactory(email="nour@example.org", verified=False)
    address = EmailAddress.objects.create(user=user, email=user.email)
    assert address.set_verified()
    assert User.objects.get(pk=user.pk).person_key == identity.mailbox_key(user.email)


@pytest.mark.django_db
def test_the_email_confirmed_signal_alone_claims_the_address():
    user = UserFactory(email="nour@example.org", verified=False)
    address = EmailAddress.objects.create(user=user, email=user.email)
    EmailAddress.objects.filter(pk=address.pk).update(verified=True)  # no save()
    address.refresh_from_db()
    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)
    assert User.objects.get(pk=user.pk).person_key == identity.mailbox_key(user.email)


def run_the_migration():
    module = importlib.import_module("accounts.migrations.0005_existing_person_keys")
    module.forwards(apps, None)


def legacy_key(email, secret=None):
    """The key the register held before person keys: the address, lowered."""
    return identity.keyed_hash("email", email.strip().lower(), secret)


@pytest.mark.django_db
def test_the_migration_keeps_the_register_matching_existing_accounts(settings):
    vote = campaign()
    first, second = vote.ballot_themes.all()
    alice = UserFactory(email="alice+news@example.org")
    twin = UserFactory(email="alice@example.org")  # the same mailbox, untagged
    bob = UserFactory(email="bob@example.org")
    # Before: no keys, no claims; the register keyed by each current address,
    # Bob's under the secret of the time, since rotated.
    User.objects.update(person_key="")
    MailboxClaim.objects.all().delete()
    cast_ballot(
        first, first.option_ids()[:1], "online", voter_key=legacy_key(alice.email)
    )
    cast_ballot(
        first, first.option_ids()[:1], "online", voter_key=legacy_key(twin.email)
    )
    cast_ballot(
        second, second.option_ids()[:1], "online", voter_key=legacy_key(twin.email)
    )
    cast_ballot(
        first, first.option_ids()[:1], "online", voter_key=legacy_key(bob.email, "old")
    )
    settings.VOTER_KEY_SECRET_FALLBACKS = ["old"]

    run_the_migration()

    keys = dict(User.objects.values_list("email", "person_key"))
    assert keys[alice.email] == legacy_key(alice.email)
    assert keys[twin.email] == keys[alice.email]  # one person
    assert keys[bob.email] == legacy_key(bob.email, "old")
    records = set(VoterRecord.objects.values_list("theme_id", "voter_key"))
    assert records == {
        (first.theme_id, keys[alice.email]),
        (first.theme_id, legacy_key(twin.email)),  # two ballots counted before
        (second.theme_id, keys[alice.email]),  # moved to the person's key
        (first.theme_id, keys[bob.email]),
    }
    claims = dict(MailboxClaim.objects.values_list("mailbox_key", "person_key"))
    assert claims == {
        identity.mailbox_key("alice@example.org"): keys[alice.email],
        identity.mailbox_key("bob@example.org"): keys[bob.email],
    }
    # A new account on Alice's mailbox is Alice.
    assert UserFactory(email="Alice+Again@example.org").person_key == keys[alice.email]
