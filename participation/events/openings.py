"""The next event, as the home page offers it."""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.open_now import Opening
from participation.events.models import EventPage


def open_now(now):
    """The next event in the reader's language, if any is coming."""
    event = (
        EventPage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), start__gte=now)
        .order_by("start")
        .first()
    )
    if event is None:
        return []
    where = " · ".join(filter(None, [event.get_event_type_display(), event.place]))
    return [
        Opening(
            kind="event",
            label=_("Next event"),
            rank=40,
            title=event.title,
            text=where,
            url=event.url,
            action=_("See the event"),
            starts=event.start,
            image=event.image,
        )
    ]
