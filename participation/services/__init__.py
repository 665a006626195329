"""Participation services, one module per topic (events, proposals, comments, votes)."""

from . import (
    comments,  # noqa: F401
    votes,  # noqa: F401
)
