"""Who may do what with objective summaries. Pure functions."""

from participation.proposals.rules import can_moderate


def can_edit_summary(user):
    """Moderators (and administrators) draft, edit and approve the summaries
    of the proposals behind each objective."""
    return can_moderate(user)


def is_public(summary):
    """Shown on the objective page only once a person has approved it."""
    return bool(summary is not None and summary.approved_at is not None)
