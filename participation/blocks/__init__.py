"""Participation blocks, one module per topic (events, proposals, comments, votes)."""
