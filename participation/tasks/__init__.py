"""Participation tasks, one module per topic (events, proposals, comments, votes)."""
