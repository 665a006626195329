"""Every write of comments, reports and moderation decisions; one transaction each.

Views call these after validating a form; rules say what is allowed, these
functions enforce it again (a stale page must not bypass a rule) and record
the change. Emails leave through tasks once the transaction has committed.
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.log_actions import log

from accounts import services as account_services
from climate_site import ratelimit
from participation.comments import rules, tasks
from participation.comments.models import Comment, Discussion, subject_identity
from participation.moderation import Report, ReportStatus

COMMENT_LIMITS = [(5, 60), (50, 24 * 3600)]  # 5 a minute, 50 a day
REPORT_LIMITS = [(20, 24 * 3600)]  # 20 a day


class CommentError(Exception):
    """A write the rules refuse; the message is shown to the person."""


class NotAllowed(CommentError):
    pass


class RateLimited(CommentError):
    pass


class AlreadyReported(CommentError):
    pass


def _within_limits(action, user, limits):
    # Check every window before counting, so a refused attempt counts nowhere.
    if any(
        ratelimit.is_limited(action, user.pk, limit, period) for limit, period in limits
    ):
        return False
    for limit, period in limits:
        ratelimit.allow(action, user.pk, limit, period)
    return True


def discussion_for(subject, create=False):
    """The discussion of a subject (shared by all its translations)."""
    subject_type, key = subject_identity(subject)
    if create:
        discussion, _ = Discussion.objects.get_or_create(
            subject_type=subject_type, subject_key=key
        )
        return discussion
    return Discussion.objects.filter(subject_type=subject_type, subject_key=key).first()


@transaction.atomic
def post_comment(author, subject, body, parent=None, language=None, now=None):
    """Write a comment on a subject, or a reply to `parent`, in `language`.

    Raises NotAllowed (not a verified resident, subject closed, thread too
    deep) or RateLimited (5 a minute, 50 a day).
    """
    now = now or timezone.now()
    if parent is not None:
        if not rules.can_reply(author, parent, now):
            raise NotAllowed
        discussion = parent.discussion
    else:
        if not rules.can_comment(author, subject, now):
            raise NotAllowed
        discussion = None
    if not _within_limits("comment", author, COMMENT_LIMITS):
        raise RateLimited
    discussion = discussion or discussion_for(subject, create=True)
    comment = Comment.objects.create(
        discussion=discussion,
        parent=parent,
        root_id=parent.root_id if parent is not None else None,
        depth=parent.depth + 1 if parent is not None else 1,
        author=author,
        language=(language or get_language() or "fr")[:12],
        body=body.strip(),
        created_at=now,
    )
    if parent is None:
        comment.root = comment
        comment.save(update_fields=["root"])
    transaction.on_commit(lambda: tasks.notify_new_comment.enqueue(comment.pk))
    return comment


@transaction.atomic
def edit_comment(user, comment, body, now=None):
    """Change one's own comment within the edit window; it shows "edited"."""
    now = now or timezone.now()
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if not rules.can_edit(user, comment, now):
        raise NotAllowed
    comment.body = body.strip()
    comment.edited_at = now
    comment.save(update_fields=["body", "edited_at"])
    return comment


@transaction.atomic
def delete_comment(user, comment, now=None):
    """Delete one's own comment: its text goes, a placeholder keeps its replies."""
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if not rules.can_delete(user, comment):
        raise NotAllowed
    comment.body = ""
    comment.deleted_at = now or timezone.now()
    comment.save(update_fields=["body", "deleted_at"])
    return comment


def _open_reports(target):
    return Report.objects.filter(
        target_type=ContentType.objects.get_for_model(type(target)),
        target_id=target.pk,
        status=ReportStatus.OPEN,
    )


def report_refusal(reporter, target):
    """Why this person may not report this target now (an error), or None.

    Read-only: lets the report page say so before anyone fills the form.
    """
    if not rules.can_report(reporter, target):
        return NotAllowed()
    if Report.objects.filter(
        target_type=ContentType.objects.get_for_model(type(target)),
        target_id=target.pk,
        reporter=reporter,
    ).exists():
        return AlreadyReported()
    return None


@transaction.atomic
def report(reporter, target, reason, details="", language=None):
    """Report a comment or a proposal, once per person.

    The target row is locked while counting, so that however many people
    report at the same moment, the content is hidden exactly once when the
    threshold (AGIR_REPORT_THRESHOLD, 3 by default) is reached. Only reports
    of established accounts count toward it (rules.reports_that_hide); the
    others wait in the moderators' queue like any report.
    """
    model = type(target)
    target = model._base_manager.select_for_update().get(pk=target.pk)
    refusal = report_refusal(reporter, target)
    if refusal is not None:
        raise refusal
    target_type = ContentType.objects.get_for_model(model)
    if not _within_limits("report", reporter, REPORT_LIMITS):
        raise RateLimited
    try:
        with transaction.atomic():
            new_report = Report.objects.create(
                target_type=target_type,
                target_id=target.pk,
                reporter=reporter,
                reason=reason,
                details=details.strip(),
                language=(language or get_language() or "")[:12],
            )
    except IntegrityError as error:  # the database is the last word on "once"
        raise AlreadyReported from error
    counted = rules.reports_that_hide(_open_reports(target))
    reporters = counted.values("reporter").distinct().count()
    if reporters >= rules.report_threshold() and not target.is_hidden:
        _hide(target, reason="reports")
        label = target._meta.label_lower
        transaction.on_commit(
            lambda: tasks.notify_moderators_of_hiding.enqueue(label, target.pk)
        )
        transaction.on_commit(
            lambda: tasks.notify_author_of_hiding.enqueue(label, target.pk)
        )
    return new_report


def _hide(target, reason):
    target.hidden_at = timezone.now()
    target.hidden_reason = reason
    target.save(update_fields=["hidden_at", "hidden_reason"])


def _lock(target):
    return type(target)._base_manager.select_for_update().get(pk=target.pk)


def _require_moderator(user):
    if not rules.can_moderate(user):
        raise NotAllowed


@transaction.atomic
def hide(moderator, target, reason=""):
    """A moderator hides content; its author is told why."""
    _require_moderator(moderator)
    target = _lock(target)
    _hide(target, reason or "moderation")
    log(target, "agir.moderation.hide", user=moderator, data={"reason": reason})
    label = target._meta.label_lower
    transaction.on_commit(
        lambda: tasks.notify_author_of_hiding.enqueue(label, target.pk)
    )
    return target


@transaction.atomic
def restore(moderator, target):
    """A moderator shows hidden content again and clears its reports."""
    _require_moderator(moderator)
    target = _lock(target)
    target.hidden_at = None
    target.hidden_reason = ""
    target.save(update_fields=["hidden_at", "hidden_reason"])
    cleared = _open_reports(target).update(status=ReportStatus.CLEARED)
    log(
        target,
        "agir.moderation.restore",
        user=moderator,
        data={"cleared_reports": cleared},
    )
    return target


@transaction.atomic
def dismiss_reports(moderator, target):
    """A moderator finds nothing wrong: the open reports are closed, the content stays."""
    _require_moderator(moderator)
    target = _lock(target)
    dismissed = _open_reports(target).update(status=ReportStatus.DISMISSED)
    log(
        target,
        "agir.moderation.dismiss",
        user=moderator,
        data={"dismissed_reports": dismissed},
    )
    return dismissed


@transaction.atomic
def block_author(moderator, target, reason, days=None):
    """Block the author of reported content, for `days` or for good.

    Goes through the accounts block service (which ends their sessions and
    logs the block on the account); the decision is also logged on the content.
    Raises NotAllowed when there is no account or the moderator may not block
    it (a staff author, `accounts.rules.can_block`).
    """
    _require_moderator(moderator)
    author = getattr(target, "author", None)
    if author is None:  # entered on paper by an agent: no account to block
        raise NotAllowed
    until = timezone.now() + timedelta(days=days) if days else None
    try:
        account_services.block_user(author, until=until, reason=reason, by=moderator)
    except account_services.NotAllowed as refused:
        raise NotAllowed from refused
    log(
        target,
        "agir.moderation.block_author",
        user=moderator,
        data={"author": author.pk, "days": days, "reason": reason},
    )
    return author
