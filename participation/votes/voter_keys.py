"""Voter keys: what the who-voted register stores instead of an account or a code.

An account votes under its `person_key` (accounts.models.User): a keyed hash
of its first verified mailbox, kept for good, so that changing, adding or
removing addresses, or deleting the account and signing up again, never
gives the same person a second key (accounts.services.claim_mailbox).

A voting code votes under its own keyed hash, HMAC-SHA256 of "code:" and the
normalised code (accounts.identity.keyed_hash), which is also the only form
in which the code is stored. Keys reveal nothing without the secret.
"""

import secrets

from accounts.identity import keyed_hash, keyed_hashes

# No 0/O, 1/I/L: codes are typed from paper.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12


def account_voter_key(user):
    """The key an account votes under; empty until it has a verified mailbox."""
    return getattr(user, "person_key", "") or ""


def normalised_code(code):
    """Codes are typed by hand: ignore case, spaces and dashes."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def code_voter_key(code):
    """The key of a new voting code (current secret); the only form it is stored in."""
    return keyed_hash("code", normalised_code(code))


def code_voter_keys(code):
    """The code's key under every accepted secret: codes issued before a rotation."""
    return keyed_hashes("code", normalised_code(code))


def new_code():
    """A fresh random code, printed in groups of four (ABCD-EFGH-JKMN)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))
