"""Participation blocks, one module per topic (events, proposals, comments, votes)."""

from .proposals import ProposalFormBlock, ProposalListBlock  # noqa: F401
