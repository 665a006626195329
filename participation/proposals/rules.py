"""Who may do what with proposals. Pure functions: no writes, no requests."""

from django.utils import timezone

from accounts.rules import can_contribute

# A resident may send this many proposals per period, whatever the call says;
# the call's own limit counts over its whole window.
SUBMIT_RATE_LIMIT = 5
SUBMIT_RATE_PERIOD = 60 * 10


class CallState:
    NOT_OPEN = "not_open"
    OPEN = "open"
    CLOSED = "closed"


def call_state(call, now=None):
    """Whether the call has not opened yet, is open, or has closed.

    Open over [opens_at, closes_at): from the opening instant, until just
    before the closing one.
    """
    now = now or timezone.now()
    if now < call.opens_at:
        return CallState.NOT_OPEN
    if now >= call.closes_at:
        return CallState.CLOSED
    return CallState.OPEN


def proposals_left(user, call):
    """How many more proposals this account may send to the call (None: no limit)."""
    if not call.per_account_limit:
        return None
    sent = call.proposals.filter(author=user).count()
    return max(call.per_account_limit - sent, 0)


def can_submit_proposal(user, call, now=None):
    """May this resident send a proposal to the call now?

    A verified, unblocked resident, an open call, and the call's per-account
    limit not reached.
    """
    if not can_contribute(user, now) or call_state(call, now) != CallState.OPEN:
        return False
    left = proposals_left(user, call)
    return left is None or left > 0


def theme_is_offered(call, theme):
    """True when the call offers this (source-locale) theme; no list means all."""
    offered = list(call.themes.all())
    return not offered or any(t.pk == theme.pk for t in offered)


def can_support(user, proposal, now=None):
    """May this resident support the proposal? Verified, and the proposal public."""
    return bool(can_contribute(user, now) and proposal.is_public)


def is_author(user, proposal):
    """Is this signed-in person the resident who sent the proposal?"""
    return bool(
        user
        and user.is_authenticated
        and proposal.author_id is not None
        and proposal.author_id == user.pk
    )


def can_view_proposal(user, proposal):
    """May this person open the proposal's page?

    Everyone, once its status is public; before that (awaiting moderation,
    rejected...) only its author and the moderators.
    """
    return bool(
        proposal.status.is_public or is_author(user, proposal) or can_moderate(user)
    )


def can_moderate(user):
    """Moderators (and administrators) review, correct, merge and answer proposals."""
    return bool(user and user.has_perm("participation.moderate_proposal"))


def can_enter_offline(user):
    """Participation agents enter proposals collected offline."""
    return bool(user and user.has_perm("participation.enter_offline_proposal"))


def can_import(user):
    """Participation agents import paper proposals from a spreadsheet."""
    return bool(user and user.has_perm("participation.import_proposals"))


def can_follow_import(user, record):
    """The progress of an import is for the agent who uploaded it (and
    superusers): its errors quote residents' contacts."""
    return bool(can_import(user) and (record.agent_id == user.pk or user.is_superuser))


def can_export(user):
    """Staff export proposals with every field, personal data included."""
    return bool(user and user.has_perm("participation.export_proposals"))


def status_needs_reason(status):
    """Some statuses ("not retained") must be explained."""
    return bool(status.requires_reason)
