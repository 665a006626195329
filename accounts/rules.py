"""Who may do what, for accounts. Pure functions: no writes, no requests."""

from django.utils import timezone


def is_blocked(user, now=None):
    """True while a moderator's block on this account runs."""
    until = getattr(user, "blocked_until", None)
    return until is not None and until > (now or timezone.now())


def has_verified_email(user):
    """True once the account's email address has been confirmed.

    The account of the request already knows (`accounts.backends`); any other
    one is looked up.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    known = getattr(user, "email_verified", None)
    if known is not None:
        return bool(known)
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, verified=True).exists()


def can_contribute(user, now=None):
    """May this person propose, support, comment, report or vote online?

    Signed in, email verified, not blocked.
    """
    return (
        getattr(user, "is_authenticated", False)
        and not is_blocked(user, now)
        and has_verified_email(user)
    )


def block_is_permanent(user):
    """True when the block runs until a moderator lifts it (no end date given)."""
    until = getattr(user, "blocked_until", None)
    return until is not None and until.year >= 9999


def can_block_accounts(user):
    """May this member of staff block and unblock accounts (moderators)?"""
    return getattr(user, "is_authenticated", False) and user.has_perm(
        "accounts.block_user"
    )
