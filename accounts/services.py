"""The only code that changes accounts: deletion, blocking, preferences.

Each function is one transaction.
"""

import uuid
from datetime import UTC, datetime, time

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from accounts.anonymisers import run_anonymisers

# "Blocked until a moderator unblocks": a date no one will reach.
FOREVER = datetime(9999, 12, 31, tzinfo=UTC)

# What a person may change on "My account", in the order the form shows it.
PROFILE_FIELDS = (
    "display_name",
    "neighbourhood",
    "preferred_language",
    "notify_on_proposal_update",
    "notify_on_reply",
    "notify_on_comment",
)


@transaction.atomic
def update_profile(user, **fields):
    """Change the pseudonym, neighbourhood, language or notification choices."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not a profile field: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(user, name, value)
    user.save(update_fields=list(fields))
    return user


def end_sessions(user):
    """Delete every database session signed in as `user`."""
    user_pk = str(user.pk)
    stale = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now())
        if session.get_decoded().get("_auth_user_id") == user_pk
    ]
    Session.objects.filter(pk__in=stale).delete()


@transaction.atomic
def delete_account(user):
    """Anonymise an account for good; the row stays as a tombstone.

    Registered anonymisers run first (they may still read the email). Then the
    email becomes a unique non-address, the pseudonym and every profile detail
    go, the password becomes unusable, roles are removed, email addresses and
    sessions are deleted. Published contributions keep pointing at the row and
    render as "Deleted participant". The who-voted register is not touched: it
    holds only a keyed hash of the normalised email.
    """
    from allauth.account.models import EmailAddress
    from wagtail.users.models import UserProfile

    run_anonymisers(user)
    user.email = f"deleted-{uuid.uuid4().hex}@invalid"
    user.display_name = ""
    user.first_name = ""
    user.last_name = ""
    user.neighbourhood = None
    user.preferred_language = ""
    user.notify_on_proposal_update = False
    user.notify_on_reply = False
    user.notify_on_comment = False
    user.blocked_until = None
    user.blocked_reason = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    EmailAddress.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()
    end_sessions(user)
    return user


def _end_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.max))


@transaction.atomic
def block_user(user, *, until=None, reason, by):
    """Block an account until `until` (a date or datetime; None: until unblocked).

    The person cannot sign in nor contribute meanwhile and is told why; the
    block is written to Wagtail's audit log.
    """
    if until is None:
        until = FOREVER
    elif not isinstance(until, datetime):
        until = _end_of_day(until)
    user.blocked_until = until
    user.blocked_reason = reason
    user.save(update_fields=["blocked_until", "blocked_reason"])
    log(
        instance=user,
        action="accounts.block",
        user=by,
        data={
            "until": None if until == FOREVER else until.isoformat(),
            "reason": reason,
        },
    )
    end_sessions(user)
    return user


@transaction.atomic
def unblock_user(user, *, by):
    """Lift a block; written to Wagtail's audit log."""
    user.blocked_until = None
    user.blocked_reason = ""
    user.save(update_fields=["blocked_until", "blocked_reason"])
    log(instance=user, action="accounts.unblock", user=by)
    return user
