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
import unicodedata

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


# Pseudonyms -----------------------------------------------------------------
#
# A pseudonym is stored as typed after NFKC normalisation (fullwidth letters
# become ordinary ones, ligatures are split). Its *skeleton* is what a reader
# sees of it: case, accents, separators and punctuation dropped, and the
# letters of other scripts that look like Latin ones (Cyrillic "а", Greek "ο",
# digits such as "0") read as those Latin letters. Two pseudonyms with the
# same skeleton pass for each other: the database keeps one account per
# skeleton (User.pseudonym_key), and reserved names are compared by skeleton.


# Letters that render like a Latin letter (or digit) in common fonts, after
# case folding. Not the whole Unicode confusables table: the scripts a
# resident can type on a French, Spanish or English keyboard's neighbours.
CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "г": "r", "д": "d", "е": "e", "ё": "e", "з": "3",
        "и": "u", "й": "u", "к": "k", "л": "n", "м": "m", "н": "h", "о": "o",
        "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ц": "u",
        "ь": "b", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ӏ": "l",
        "ԛ": "q", "ԝ": "w", "һ": "h", "ո": "n", "ս": "u",
        # Greek
        "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n",
        "ι": "i", "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "σ": "o",
        "ς": "c", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
        # Latin look-alikes
        "ı": "i", "ɩ": "i", "ɡ": "g", "ʀ": "r", "ɑ": "a", "ɴ": "n", "ᴏ": "o",
        "ø": "o", "đ": "d", "ħ": "h", "ł": "l", "ŀ": "l", "æ": "ae", "œ": "oe",
        # Digits and signs read as letters
        "0": "o", "1": "l", "3": "e", "5": "s", "|": "l", "!": "l", "$": "s",
        "@": "a",
        # "i", "l" and "1" are one stroke each in many fonts
        "i": "l",
    }
)  # fmt: skip

# Characters that draw nothing although Unicode counts them as letters.
INVISIBLE_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"}
# Control, format (zero-width, bidi), surrogate, private and unassigned.
REFUSED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def normalised_pseudonym(value):
    """NFKC, every run of spaces one ordinary space, trimmed."""
    value = unicodedata.normalize("NFKC", value or "")
    return " ".join(value.split())


def has_hidden_characters(value):
    """True if `value` holds a control, zero-width, bidi or invisible character."""
    return any(
        unicodedata.category(char) in REFUSED_CATEGORIES or char in INVISIBLE_LETTERS
        for char in value or ""
    )


def pseudonym_skeleton(value):
    """What a reader sees of a pseudonym, as one comparable string ("" if none)."""
    text = unicodedata.normalize("NFKC", value or "").casefold()
    text = "".join(
        char
        for char in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(char)
    )
    text = text.translate(CONFUSABLES)
    text = "".join(char for char in text if char.isalnum())
    return text.replace("rn", "m").replace("vv", "w")
