"""Who may do what with comments and reports. Pure functions: they read, never write."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from accounts.rules import can_contribute
from participation.comments.models import MAX_DEPTH

EDIT_WINDOW = timedelta(minutes=15)
# Page types that always carry a discussion; other pages opt in with a
# comments block in their body.
DISCUSSED_PAGE_TYPES = ("climate_plan.ObjectivePage", "climate_plan.ActionPage")
COMMENTS_BLOCK_TYPE = "comments"


def report_threshold():
    """How many reports from different people hide content automatically."""
    return getattr(settings, "AGIR_REPORT_THRESHOLD", 3)


def reporter_min_age():
    """How old an account must be for its reports to hide content (a day)."""
    return timedelta(hours=getattr(settings, "AGIR_REPORTER_MIN_AGE_HOURS", 24))


def reports_that_hide(reports, now=None):
    """The reports among `reports` that count toward hiding automatically.

    Only those of accounts at least `reporter_min_age()` old with a verified
    email: a handful of accounts opened for the purpose cannot hide anyone's
    contribution. Every report still reaches the moderators' queue.
    """
    from allauth.account.models import EmailAddress
    from django.db.models import Exists, OuterRef

    now = now or timezone.now()
    verified = EmailAddress.objects.filter(user=OuterRef("reporter"), verified=True)
    return reports.filter(
        reporter__date_joined__lte=now - reporter_min_age(),
        reporter__is_active=True,
    ).filter(Exists(verified))


def has_comments_block(page):
    body = getattr(page, "body", None) or []
    return any(block.block_type == COMMENTS_BLOCK_TYPE for block in body)


def accepts_comments(subject):
    """Does this subject (a page, a proposal…) carry a discussion?"""
    if isinstance(subject, Page):
        page = subject.specific
        if page._meta.label in DISCUSSED_PAGE_TYPES:
            return True
        return has_comments_block(page)
    # Proposals: only public ones (not merged, not refused in moderation).
    return bool(getattr(subject, "is_public", True))


def can_comment(user, subject, now=None):
    """May this person write a top-level comment on this subject now?"""
    return can_contribute(user, now) and accepts_comments(subject)


def accepts_replies(comment):
    """Threads stop at three levels; deleted and hidden comments take no reply."""
    return (
        comment.depth < MAX_DEPTH and not comment.is_deleted and not comment.is_hidden
    )


def can_reply(user, comment, now=None):
    """May this person reply to this comment now?"""
    return can_contribute(user, now) and accepts_replies(comment)


def within_edit_window(comment, now=None):
    """True for 15 minutes after the comment was written."""
    return (now or timezone.now()) - comment.created_at <= EDIT_WINDOW


def is_own(user, comment):
    return getattr(user, "is_authenticated", False) and comment.author_id == user.pk


def can_edit(user, comment, now=None):
    """Authors edit their own comment for 15 minutes after writing it."""
    now = now or timezone.now()
    return (
        is_own(user, comment)
        and can_contribute(user, now)
        and not comment.is_deleted
        and not comment.is_hidden
        and within_edit_window(comment, now)
    )


def can_delete(user, comment):
    """Authors delete their own comment at any time (replies stay)."""
    return is_own(user, comment) and not comment.is_deleted


def can_report(user, target, now=None):
    """Verified residents report content that is not theirs and not deleted.

    Content already hidden may still be reported: people who saw it before it
    was hidden are heard, and moderators see every report. Whether they
    already reported it is answered by the database (one report per person
    and item), not here.
    """
    author_id = getattr(target, "author_id", None)
    return (
        can_contribute(user, now)
        and author_id != user.pk
        and not getattr(target, "is_deleted", False)
    )


def can_see(user, target):
    """May this person reach a report page about `target`? Not for a proposal
    they may not open (`proposals.rules.can_view_proposal`): its title would
    leak."""
    from participation.proposals import rules as proposal_rules
    from participation.proposals.models import Proposal

    if isinstance(target, Proposal):
        return proposal_rules.can_view_proposal(user, target)
    return True


def can_moderate(user):
    """Moderators (and administrators) hide, restore, dismiss and block."""
    return getattr(user, "is_authenticated", False) and user.has_perm(
        "participation.moderate_reports"
    )


def comment_actions(user, comment, contributor, now):
    """What this reader may do with one comment of a rendered thread.

    `contributor` is `can_contribute(user)`, worked out once per thread so
    that a long thread costs no query per comment.
    """
    if not contributor:
        return frozenset()
    own = comment.author_id == user.pk
    actions = set()
    if accepts_replies(comment):
        actions.add("reply")
    if (
        own
        and not comment.is_deleted
        and not comment.is_hidden
        and within_edit_window(comment, now)
    ):
        actions.add("edit")
    if own and not comment.is_deleted:
        actions.add("delete")
    if not own and not comment.is_deleted and not comment.is_hidden:
        actions.add("report")
    return frozenset(actions)
