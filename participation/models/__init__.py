from .comments import (
    Comment,
    Discussion,
    ModeratedContent,
    Report,
    ReportReason,
    ReportStatus,
)
from .events import EventIndexPage, EventPage, EventType
from .proposals import (
    Channel,
    ModerationMode,
    Proposal,
    ProposalCall,
    ProposalHistory,
    ProposalReferenceCounter,
    ProposalStatus,
    ProposalStatusLabel,
    Support,
    TaggedProposal,
)

__all__ = [
    "Channel",
    "Comment",
    "Discussion",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "ModeratedContent",
    "ModerationMode",
    "Proposal",
    "ProposalCall",
    "ProposalHistory",
    "ProposalReferenceCounter",
    "ProposalStatus",
    "ProposalStatusLabel",
    "Report",
    "ReportReason",
    "ReportStatus",
    "Support",
    "TaggedProposal",
]
from .votes import *  # noqa: F403
