"""Participation forms, one module per topic (events, proposals, comments, votes)."""
from . import votes  # noqa: F401
