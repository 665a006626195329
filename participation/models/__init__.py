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
    "EventIndexPage",
    "EventPage",
    "EventType",
    "ModerationMode",
    "Proposal",
    "ProposalCall",
    "ProposalHistory",
    "ProposalReferenceCounter",
    "ProposalStatus",
    "ProposalStatusLabel",
    "Support",
    "TaggedProposal",
]
