"""Sending the outbox: an event's email at once, or one digest per person and
frequency grouping everything since their last one.

Each send locks its rows (`select_for_update(skip_locked=True)`) and sets
`sent_at` in the transaction that sends: two workers never send the same row,
and a failed send leaves the rows for the next beat of the timer.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from climate_site.emails import recipient_language, send_site_email
from climate_site.site_host import base_url
from notifications import describe
from notifications.models import Frequency, Notification
from notifications.tokens import unsubscribe_url

# A row sent at once waits this long for the event's own task before the
# timer's sweep sends it in the generic form (the task failed, say).
IMMEDIATE_GRACE = datetime.timedelta(minutes=5)
# Sent rows are kept this long (the next digest reads its start from them).
KEEP_SENT = datetime.timedelta(days=60)
# What a digest reads of each row, fetched with it (only the rows are locked).
RELATED = (
    "user",
    "proposal__status",
    "page__locale",
    "comment__author",
    "comment__discussion__subject_type",
    "action_update",
)
PERIODS = {
    Frequency.DAILY: datetime.timedelta(days=1),
    Frequency.WEEKLY: datetime.timedelta(days=7),
}


def digest_hour():
    """The local hour digests leave at (daily ones every day, weekly ones on
    Mondays); AGIR_DIGEST_HOUR, 7 by default."""
    return getattr(settings, "AGIR_DIGEST_HOUR", 7)


def unsubscribe_headers(user, kinds, language):
    """RFC 8058 one-click unsubscribe headers for these kinds of email."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(user, kinds, language)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _links(user, kinds, language):
    with translation.override(language):
        preferences = base_url() + reverse("notifications:preferences")
    return {
        "unsubscribe_url": unsubscribe_url(user, kinds, language),
        "preferences_url": preferences,
    }


def _send_generic(note, headers):
    user = note.user
    language = recipient_language(user)
    with translation.override(language):
        groups = describe.groups([note], language)
    if not groups:
        return  # hidden or deleted since: nothing to say
    send_site_email(
        user.email,
        "notifications/emails/notification",
        {"user": user, "groups": groups, **_links(user, [note.kind], language)},
        language=language,
        html_template="notifications/emails/notification",
        headers=headers,
    )


def send_one(pk, send=None, now=None):
    """Send the immediate row `pk` unless it is sent or another sender holds
    it, with `send(note, headers)` (the event's own email) or the generic one.
    Returns True when this call sent it."""
    with transaction.atomic():
        note = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, sent_at=None, frequency=Frequency.IMMEDIATE)
            .first()
        )
        if note is None:
            return False
        language = recipient_language(note.user)
        headers = unsubscribe_headers(note.user, [note.kind], language)
        (send or _send_generic)(note, headers)
        note.sent_at = now or timezone.now()
        note.save(update_fields=["sent_at"])
    return True


def send_at_once(notes, send=None):
    """Send those of `notes` their recipient wants at once (see `send_one`)."""
    for note in notes:
        if note.frequency == Frequency.IMMEDIATE:
            send_one(note.pk, send)


def slot_start(frequency, now):
    """When the current digest period of `frequency` began: today's (or
    yesterday's) digest hour, or Monday's for weekly digests."""
    local = timezone.localtime(now)
    start = local.replace(hour=digest_hour(), minute=0, second=0, microsecond=0)
    if frequency == Frequency.WEEKLY:
        start -= datetime.timedelta(days=local.weekday())
    if start > local:
        start -= PERIODS[frequency]
    return start


def send_digest(user_id, frequency, now=None):
    """Send `user_id` their `frequency` digest if one is due: everything
    waiting for it, when something waited from before the period began.
    Returns True when this call sent it."""
    now = now or timezone.now()
    start = slot_start(frequency, now)
    with transaction.atomic():
        notes = list(
            Notification.objects.select_related(*RELATED)
            .select_for_update(skip_locked=True, of=("self",))
            .filter(user_id=user_id, frequency=frequency, sent_at=None)
            .order_by("created_at", "pk")
        )
        if not any(note.created_at < start for note in notes):
            return False
        user = notes[0].user
        language = recipient_language(user)
        kinds = sorted({note.kind for note in notes})
        with translation.override(language):
            groups = describe.groups(notes, language)
        if groups:
            send_site_email(
                user.email,
                "notifications/emails/digest",
                {
                    "user": user,
                    "groups": groups,
                    "weekly": frequency == Frequency.WEEKLY,
                    "count": sum(len(group["items"]) for group in groups),
                    **_links(user, kinds, language),
                },
                language=language,
                html_template="notifications/emails/digest",
                headers=unsubscribe_headers(user, kinds, language),
            )
        Notification.objects.filter(pk__in=[note.pk for note in notes]).update(
            sent_at=now
        )
    return True


def send_due(now=None):
    """The timer's work: immediate rows their task missed, the digests due,
    and forgetting old sent rows. Returns how many emails were sent."""
    now = now or timezone.now()
    sent = 0
    late = Notification.objects.filter(
        frequency=Frequency.IMMEDIATE,
        sent_at=None,
        created_at__lt=now - IMMEDIATE_GRACE,
    ).values_list("pk", flat=True)
    for pk in list(late):
        sent += send_one(pk, now=now)
    for frequency in PERIODS:
        waiting = (
            Notification.objects.filter(
                frequency=frequency,
                sent_at=None,
                created_at__lt=slot_start(frequency, now),
            )
            .order_by()  # the model's ordering would make rows, not users, distinct
            .values_list("user_id", flat=True)
            .distinct()
        )
        for user_id in list(waiting):
            sent += send_digest(user_id, frequency, now)
    Notification.objects.filter(sent_at__lt=now - KEEP_SENT).delete()
    return sent
