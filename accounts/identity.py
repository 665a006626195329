"""Who a person is, for the vote: a normalised mailbox and keyed hashes of it.

`normalised_email` is the form in which an account's address is stored.
`normalised_mailbox` goes further: every spelling that delivers to the same
mailbox (case, a `+tag`, dots in a Gmail address) gives the same string, so
that one person cannot pass for two by writing their address another way.

Mailboxes and voting codes are never kept in clear: the vote and the
accounts store `keyed_hash(kind, value)`, an HMAC-SHA256 under
settings.VOTER_KEY_SECRET. The "kind:" prefix keeps a mailbox key from ever
equalling a code key. When the secret is rotated, the older ones stay in
settings.VOTER_KEY_SECRET_FALLBACKS: lookups match under any of them
(`keyed_hashes`), new values are written under the current one.

An account's vote identity is its `person_key` (accounts.models.User), set
once from its first verified mailbox; accounts.services.claim_mailbox
explains how it is chosen and why it never changes.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Gmail ignores dots in the local part and serves both domains.
GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}


def normalised_email(email):
    """The address trimmed and lower-cased, as accounts store it."""
    return (email or "").strip().lower()


def normalised_mailbox(email):
    """The mailbox an address delivers to, one string for every spelling of it.

    Trimmed and case-folded, without a `+tag` in the local part; for Gmail,
    without dots in the local part and with googlemail.com read as gmail.com.
    """
    address = (email or "").strip().casefold()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    # "+news" is a label the mailbox's owner adds; a local part that is only
    # a tag ("+x@...") is left whole rather than emptied.
    local = local.split("+", 1)[0] or local
    if domain in GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def voter_key_secrets():
    """The current secret first, then the older ones still accepted."""
    current = settings.VOTER_KEY_SECRET
    if not current:
        raise ImproperlyConfigured(
            "VOTER_KEY_SECRET must be set (AGIR_VOTER_KEY_SECRET) to key voter hashes."
        )
    older = getattr(settings, "VOTER_KEY_SECRET_FALLBACKS", ()) or ()
    return [current, *(secret for secret in older if secret and secret != current)]


def keyed_hash(kind, value, secret=None):
    """HMAC-SHA256 of "kind:value" under `secret` (the current one by default)."""
    secret = secret or voter_key_secrets()[0]
    message = f"{kind}:{value}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def keyed_hashes(kind, value):
    """The keyed hash under every accepted secret, the current one first."""
    return [keyed_hash(kind, value, secret) for secret in voter_key_secrets()]


def mailbox_key(email):
    """The key of a mailbox, under the current secret."""
    return keyed_hash("email", normalised_mailbox(email))


def mailbox_keys(email):
    """The key of a mailbox under every accepted secret (for lookups)."""
    return keyed_hashes("email", normalised_mailbox(email))
