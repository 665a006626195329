"""Every model of participation, for Django's app registry and for short imports.

Each feature defines its models in its own package; the app label stays
`participation`, so content types and permissions do not depend on where a
model is defined.
"""

from participation.comments.models import Comment, Discussion
from participation.events.models import EventIndexPage, EventPage, EventType
from participation.grouping.models import GroupingRun, GroupingSuggestion
from participation.moderation import (
    ModeratedContent,
    Report,
    ReportReason,
    ReportStatus,
)
from participation.proposals.import_records import ProposalImport
from participation.proposals.log_entries import ProposalLogEntry
from participation.proposals.models import (
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
from participation.summaries.models import ObjectiveSummary, SummarySentence
from participation.votes.models import (
    Ballot,
    BallotChannel,
    CampaignTheme,
    CampaignTitle,
    CountedBallot,
    CountingRule,
    PaperBallotEntry,
    PublishedReceipt,
    VoteCampaign,
    VoterRecord,
    VotingCode,
)

__all__ = [
    "Ballot",
    "BallotChannel",
    "CampaignTheme",
    "CampaignTitle",
    "Channel",
    "Comment",
    "CountedBallot",
    "CountingRule",
    "Discussion",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "GroupingRun",
    "GroupingSuggestion",
    "ModeratedContent",
    "ModerationMode",
    "PaperBallotEntry",
    "Proposal",
    "ProposalCall",
    "ProposalHistory",
    "ProposalImport",
    "ProposalLogEntry",
    "ProposalReferenceCounter",
    "ProposalStatus",
    "ProposalStatusLabel",
    "Report",
    "ReportReason",
    "ReportStatus",
    "PublishedReceipt",
    "Support",
    "ObjectiveSummary",
    "SummarySentence",
    "TaggedProposal",
    "VoteCampaign",
    "VoterRecord",
    "VotingCode",
]
