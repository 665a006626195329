from .events import EventIndexPage, EventPage, EventType

__all__ = ["EventIndexPage", "EventPage", "EventType"]
from .votes import *  # noqa: F403
