"""Voter keys: what the who-voted register stores instead of an email or a code.

A voter key is HMAC-SHA256(settings.VOTER_KEY_SECRET, kind + ":" + value). It is
stable (the same person gets the same key in every theme, so a second ballot is
refused by the database), reveals nothing without the secret, and outlives the
account it came from. Voting codes are stored under the same hash, so a code is
never kept in clear.
"""

import hashlib
import hmac
import secrets

from django.conf import settings

# No 0/O, 1/I/L: codes are typed from paper.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12


def _secret():
    secret = settings.VOTER_KEY_SECRET or settings.SECRET_KEY
    if not secret:
        raise RuntimeError(
            "VOTER_KEY_SECRET (or SECRET_KEY) must be set to key voter hashes."
        )
    return secret.encode()


def _key(kind, value):
    return hmac.new(_secret(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def normalised_email(email):
    """The form of an email address that identifies one person."""
    return (email or "").strip().lower()


def email_voter_key(email):
    return _key("email", normalised_email(email))


def normalised_code(code):
    """Codes are typed by hand: ignore case, spaces and dashes."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def code_voter_key(code):
    """The key of a voting code; also the only form in which the code is stored."""
    return _key("code", normalised_code(code))


def new_code():
    """A fresh random code, printed in groups of four (ABCD-EFGH-JKMN)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))
