"""Participation blocks, one module per topic (events, proposals, comments, votes)."""

from .comments import CommentsBlock  # noqa: F401
from .proposals import ProposalFormBlock, ProposalListBlock  # noqa: F401
