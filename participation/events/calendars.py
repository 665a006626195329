"""The iCalendar files of events: one per event, one feed per language."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from icalendar import Calendar, Event, vText

from climate_site.site_host import site_root_url

DEFAULT_DURATION = timedelta(hours=2)


def calendar_event(event, request):
    """One VEVENT, with a stable UID shared by every language of the event."""
    item = Event()
    host = urlsplit(site_root_url(request)).hostname
    item.add("uid", f"{event.translation_key}@{host}")
    item.add("dtstamp", event.last_published_at or timezone.now())
    item.add("dtstart", event.start)
    item.add("dtend", event.end or event.start + DEFAULT_DURATION)
    item.add("summary", event.title)
    if event.intro:
        item.add("description", event.intro)
    location = ", ".join(part for part in (event.place, event.address) if part)
    if location:
        item["location"] = vText(location)
    item.add("url", event.get_full_url(request))
    item.add("categories", [str(event.get_event_type_display())])
    return item


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", "-//Agir//Climate plan events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_calendar(request, event):
    calendar = new_calendar(event.title)
    calendar.add_component(calendar_event(event, request))
    return ics_response(calendar, f"{slugify(event.slug) or 'event'}.ics")


def events_calendar(request, index):
    """A subscribable feed of the index's events in its language."""
    calendar = new_calendar(index.title)
    for event in index.events().order_by("start"):
        calendar.add_component(calendar_event(event, request))
    return ics_response(calendar, f"events-{get_language()}.ics")
