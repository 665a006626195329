"""Who may do what, for accounts. Pure functions: no writes, no requests."""

from django.utils import timezone

from accounts.roles import ADMINISTRATORS

# How senior an account is; nobody acts on an account as senior as their own.
RESIDENT_RANK, STAFF_RANK, ADMINISTRATOR_RANK, SUPERUSER_RANK = range(4)


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


def role_rank(user):
    """How senior an account is: resident, staff, administrator or superuser.

    Every role but administrators ranks as staff, so moderators act on
    residents only and staff accounts answer to administrators.
    """
    if getattr(user, "is_superuser", False):
        return SUPERUSER_RANK
    # .all() so that a listing can prefetch the groups of many accounts
    groups = {g.name for g in user.groups.all()} if getattr(user, "pk", None) else ()
    if ADMINISTRATORS in groups:
        return ADMINISTRATOR_RANK
    if groups or getattr(user, "is_staff", False):
        return STAFF_RANK
    return RESIDENT_RANK


def can_block(actor, account):
    """May `actor` block or unblock `account`?

    Only those who block accounts, never themselves nor a deleted account, and
    only accounts ranking below their own: moderators block residents, staff
    accounts are blocked by administrators only, administrators by superusers.
    """
    if not can_block_accounts(actor) or account is None:
        return False
    if account.pk == actor.pk or getattr(account, "deleted_at", None) is not None:
        return False
    return role_rank(account) < role_rank(actor)
