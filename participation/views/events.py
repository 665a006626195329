"""Event listings and their iCalendar files (one per event, one feed per language)."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from icalendar import Calendar, Event, vText

from participation.models.events import EventType

DEFAULT_DURATION = timedelta(hours=2)


def event_index_context(index, request, now=None):
    """Upcoming events (soonest first) and the past ones (latest first),
    both filtered by the `type` and `neighbourhood` query parameters."""
    from climate_plan.models import Neighbourhood

    now = now or timezone.now()
    events = index.events()
    chosen_type = request.GET.get("type", "")
    chosen_neighbourhood = request.GET.get("neighbourhood", "")
    if chosen_type in EventType.values:
        events = events.filter(event_type=chosen_type)
    else:
        chosen_type = ""
    neighbourhoods = list(Neighbourhood.objects.all())
    if chosen_neighbourhood in {n.slug for n in neighbourhoods}:
        events = events.filter(neighbourhood__slug=chosen_neighbourhood)
    else:
        chosen_neighbourhood = ""
    upcoming = list(events.filter(start__gte=now).order_by("start"))
    past = Paginator(events.filter(start__lt=now).order_by("-start"), index.past_per_page)
    query = "&".join(
        f"{name}={value}"
        for name, value in (("type", chosen_type), ("neighbourhood", chosen_neighbourhood))
        if value
    )
    return {
        "upcoming": upcoming,
        "past": past.get_page(request.GET.get("page")),
        "event_types": EventType.choices,
        "neighbourhoods": neighbourhoods,
        "chosen_type": chosen_type,
        "chosen_neighbourhood": chosen_neighbourhood,
        "filter_query": query,
        "filtered": bool(query),
    }


def event_context(event, now=None):
    now = now or timezone.now()
    return {
        "event_type_label": EventType(event.event_type).label,
        "is_past": (event.end or event.start) < now,
    }


def calendar_event(event, request):
    """One VEVENT, with a stable UID shared by every language of the event."""
    item = Event()
    item.add("uid", f"{event.translation_key}@{request.get_host()}")
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
    item.add("categories", [str(EventType(event.event_type).label)])
    return item


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", "-//Agir//Climate plan events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
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
