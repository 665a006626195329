"""Who a pledge belongs to, without keeping who it is.

An email address is normalised (trimmed, lower-case, a `+tag` after the local
part dropped: `Amina+climat@Example.org` is `amina@example.org`), then hashed
with a key derived from DJANGO_SECRET_KEY. The hash is the same for the same
address, so the database can refuse a second pledge; it cannot be turned back
into the address without the key, and two sites with different keys give
different hashes. Changing DJANGO_SECRET_KEY changes every hash: people could
then pledge once more.
"""

from django.utils.crypto import salted_hmac

SALT = "agir.pledges.identity"


def normalised(email):
    local, _at, domain = (email or "").strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def identity_of(email):
    """The keyed hash (64 hex characters) standing for this address."""
    return salted_hmac(SALT, normalised(email), algorithm="sha256").hexdigest()
