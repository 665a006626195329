"""Participation views, one module per topic (events, proposals, comments, votes)."""
