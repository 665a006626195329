"""Helpers of the follow and digest tests."""

import datetime

from django.utils import timezone

from notifications import services
from notifications.models import Frequency, Kind


def choose(user, **frequencies):
    """services.set_frequencies with keyword arguments: choose(u, news="daily")."""
    services.set_frequencies(
        user, {Kind(kind): Frequency(value) for kind, value in frequencies.items()}
    )


def at(day, hour, minute=0):
    """An aware local time on `day` (ISO date)."""
    date = datetime.date.fromisoformat(day)
    return timezone.make_aware(
        datetime.datetime.combine(date, datetime.time(hour, minute))
    )
