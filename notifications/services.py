"""The only code that writes follows, preferences and the outbox; one
transaction each."""

from django.db import IntegrityError, transaction
from wagtail.models import Page

from notifications import queries, rules
from notifications.models import (
    Follow,
    Frequency,
    Kind,
    Notification,
    Preference,
)


class NotFollowable(Exception):
    """This thing cannot be followed (not public, not a plan page), or not by
    this person (not signed in, address not verified)."""


def _check(user, target):
    if not rules.can_follow(user):
        raise NotFollowable
    if isinstance(target, Page):
        if not rules.is_followable_page(target):
            raise NotFollowable
    elif not rules.is_followable_proposal(target):
        raise NotFollowable


@transaction.atomic
def follow(user, target):
    """Follow a proposal or a plan page; following again changes nothing.

    The database keeps one row per person and thing (unique constraints), so
    two clicks at once still make one follow. Returns the follow."""
    _check(user, target)
    if isinstance(target, Page):
        fields = {"page": queries.page_to_follow(target)}
    else:
        fields = {"proposal": target}
    existing = queries.follow_of(user, target)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Follow.objects.create(user=user, **fields)
    except IntegrityError:
        return Follow.objects.get(user=user, **fields)


@transaction.atomic
def unfollow(user, target):
    """Stop following a proposal or page (in any of its languages)."""
    follows = Follow.objects.filter(user=user)
    if isinstance(target, Page):
        follows = follows.filter(page__translation_key=target.translation_key)
    else:
        follows = follows.filter(proposal=target)
    return follows.delete()[0] > 0


@transaction.atomic
def set_frequencies(user, frequencies):
    """Store how often the person wants each kind of email ({kind: frequency}).

    What waits in the outbox follows the new choice: it moves to the new
    digest, or is dropped when the kind is turned off."""
    for kind, frequency in frequencies.items():
        kind, frequency = Kind(kind), Frequency(frequency)
        Preference.objects.update_or_create(
            user=user, kind=kind, defaults={"frequency": frequency}
        )
        waiting = Notification.objects.filter(user=user, kind=kind, sent_at=None)
        if frequency == Frequency.OFF:
            waiting.delete()
        else:
            waiting.update(frequency=frequency)


def unsubscribe(user, kinds):
    """Turn the given kinds of email off (the one-click unsubscribe)."""
    return set_frequencies(user, dict.fromkeys(kinds, Frequency.OFF))


@transaction.atomic
def record(recipients, kind, event, *, data=None, **subject):
    """Write one outbox row per recipient of an event, at their frequency for
    `kind`; nobody who turned the kind off, deleted or deactivated their
    account or has no address. `subject` names the proposal, page, comment or
    action update. Returns the rows written."""
    rows = []
    for user in recipients:
        if not user.is_active or user.is_deleted or not user.email:
            continue
        frequency = queries.frequency_of(user, kind)
        if frequency == Frequency.OFF:
            continue
        rows.append(
            Notification(
                user=user,
                kind=kind,
                event=event,
                frequency=frequency,
                data=data or {},
                **subject,
            )
        )
    return Notification.objects.bulk_create(rows)


def forget(user):
    """Delete the person's follows, choices and outbox (account deletion)."""
    Follow.objects.filter(user=user).delete()
    Preference.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()
