"""Participation forms, one module per topic (events, proposals, comments, votes)."""
