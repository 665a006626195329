from .events import EventIndexPage, EventPage, EventType

__all__ = ["EventIndexPage", "EventPage", "EventType"]
