"""One way to normalise an email address, shared by accounts and the vote.

The vote module hashes `normalised_email(email)` with a secret key to get the
voter key of the who-voted register. Deleting an account never touches that
register, and signing up again with the same address gives the same
normalised email, hence the same voter key: the same person cannot vote twice
by deleting their account and coming back.
"""


def normalised_email(email):
    """The address trimmed and lower-cased, as stored and as hashed for votes."""
    return (email or "").strip().lower()
