"""Participation rules, one module per topic (events, proposals, comments, votes)."""
