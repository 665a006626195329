"""The only code that changes accounts: deletion, blocking, preferences, vote identity.

Each function is one transaction.
"""

import uuid
from datetime import UTC, datetime, time

from django.contrib.sessions.models import Session
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from accounts import identity, rules
from accounts.anonymisers import run_anonymisers


class NotAllowed(Exception):
    """The account may not be blocked or unblocked by this person."""


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


class PseudonymTaken(Exception):
    """Another account took the pseudonym, or a look-alike, after it was checked."""


@transaction.atomic
def update_profile(user, **fields):
    """Change the pseudonym, neighbourhood, language or notification choices.

    The database has the last word on pseudonyms (one account per look-alike
    skeleton): when another account took it meanwhile, PseudonymTaken, and
    `user` is left as stored.
    """
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not a profile field: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(user, name, value)
    try:
        with transaction.atomic():
            user.save(update_fields=list(fields))
    except IntegrityError as error:
        if "one_account_per_pseudonym" not in str(error):
            raise
        user.refresh_from_db(fields=[*fields, "pseudonym_key"])
        raise PseudonymTaken from error
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
    render as "Deleted participant". The who-voted register and the mailbox
    claims are not touched: they hold only keyed hashes, and a claim is what
    gives the person their former key back if they sign up again. The
    tombstone forgets its person key, so its contributions no longer lead to
    the themes it voted in.
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
    user.person_key = ""
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
    block is written to Wagtail's audit log. Raises NotAllowed unless `by` may
    block this account (`rules.can_block`).
    """
    if not rules.can_block(by, user):
        raise NotAllowed
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
    """Lift a block; written to Wagtail's audit log.

    Raises NotAllowed unless `by` may block this account (`rules.can_block`).
    """
    if not rules.can_block(by, user):
        raise NotAllowed
    user.blocked_until = None
    user.blocked_reason = ""
    user.save(update_fields=["blocked_until", "blocked_reason"])
    log(instance=user, action="accounts.unblock", user=by)
    return user


@transaction.atomic
def claim_mailbox(user_id, email):
    """Record that account `user_id` verified `email`; return its person key.

    The person key is the account's vote identity. It is set once, from the
    first mailbox the account verifies, and never changes afterwards: adding,
    confirming, making primary or removing addresses cannot give the account
    a new one. If that first mailbox (in any spelling, see
    accounts.identity.normalised_mailbox) was claimed before, by this person's
    deleted account or by another account, the account inherits the claim's
    key; otherwise the mailbox's own key becomes the person key.

    Every verified mailbox is claimed, first claim wins: a mailbox added later
    points at this person, so a new account made with it later is the same
    person. Lookups match keys made under older secrets; a claim found only
    under an older secret is claimed again under the current one, so that it
    outlives the day that secret is dropped.

    Idempotent; called whenever an address is saved verified or confirmed.
    """
    from accounts.models import MailboxClaim, User

    keys = identity.mailbox_keys(email)
    # Lock the account: two addresses confirmed at once choose one person key.
    current = (
        User.objects.select_for_update()
        .filter(pk=user_id)
        .values_list("person_key", flat=True)
        .first()
    )
    if current is None:
        return ""
    claims = {
        claim.mailbox_key: claim
        for claim in MailboxClaim.objects.filter(mailbox_key__in=keys)
    }
    found = next((claims[key] for key in keys if key in claims), None)
    if found is None:
        # get_or_create: if another account claims it meanwhile, its claim wins.
        found, _created = MailboxClaim.objects.get_or_create(
            mailbox_key=keys[0], defaults={"person_key": current or keys[0]}
        )
    elif found.mailbox_key != keys[0]:
        MailboxClaim.objects.get_or_create(
            mailbox_key=keys[0], defaults={"person_key": found.person_key}
        )
    if current:
        return current
    User.objects.filter(pk=user_id, person_key="").update(person_key=found.person_key)
    return found.person_key
