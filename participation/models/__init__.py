from .comments import (
    Comment,
    Discussion,
    ModeratedContent,
    Report,
    ReportReason,
    ReportStatus,
)
from .events import EventIndexPage, EventPage, EventType

__all__ = [
    "Comment",
    "Discussion",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "ModeratedContent",
    "Report",
    "ReportReason",
    "ReportStatus",
]
