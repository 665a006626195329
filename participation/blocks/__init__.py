"""Participation blocks, one module per topic (events, proposals, comments, votes)."""

from . import votes  # noqa: F401
from .comments import CommentsBlock  # noqa: F401
from .proposals import ProposalFormBlock, ProposalListBlock  # noqa: F401
