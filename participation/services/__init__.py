"""Participation services, one module per topic (events, proposals, comments, votes)."""
