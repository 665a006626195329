"""`{% discussion subject %}`: the residents' conversation about a page or a
proposal, with its forms for those who may write. `{{ text|comment_text }}`:
plain text shown safely with clickable links."""

from urllib.parse import quote

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from accounts.rules import can_contribute
from climate_site.pending import pending
from machine_translation import display as machine_translation
from participation.comments import rules, threads
from participation.comments.forms import CommentForm
from participation.comments.models import (
    MAX_COMMENT_LENGTH,
    Discussion,
    subject_identity,
)

register = template.Library()


@register.filter
def comment_text(text):
    return threads.render_text(text or "")


def subject_label(subject):
    return (
        "wagtailcore.page" if isinstance(subject, Page) else subject._meta.label_lower
    )


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _find_discussion(subject):
    subject_type, key = subject_identity(subject)
    return Discussion.objects.filter(subject_type=subject_type, subject_key=key).first()


@register.inclusion_tag("participation/comments/discussion.html", takes_context=True)
def discussion(context, subject, heading="", intro="", from_block=False):
    """Render the discussion of `subject` (a page or any commentable model).

    Plan templates call it with the page; on a page whose body holds a
    comments block the block renders it instead, so it never shows twice.
    """
    request = context.get("request")
    if subject is None or not rules.accepts_comments(subject):
        return {"show": False}
    if (
        isinstance(subject, Page)
        and not from_block
        and rules.has_comments_block(subject.specific)
    ):
        return {"show": False}
    user = getattr(request, "user", None)
    contributor = bool(user) and can_contribute(user)
    found = _find_discussion(subject)
    params = request.GET if request is not None else {}
    order = (
        params.get("comments_order")
        if params.get("comments_order") in threads.ORDERS
        else "oldest"
    )
    single_id = _int(params.get("comment"))
    single, page, roots, nodes = None, None, [], {}
    if found is not None and single_id:
        single, nodes = threads.load_single(found, single_id)
        roots = [single] if single else []
    if found is not None and single is None:
        page, roots, nodes = threads.load_page(
            found, order, _int(params.get("comments_page"), 1)
        )
    now = timezone.now()
    posted = _int(params.get(threads.POSTED))
    for node in nodes.values():
        node.actions = rules.comment_actions(user, node.comment, contributor, now)
        node.posted = bool(
            posted == node.comment.pk
            and user is not None
            and user.is_authenticated
            and node.comment.author_id == user.pk
        )
    machine_translation.prefetch(
        request,
        [
            (node.comment.body, node.comment.language)
            for node in nodes.values()
            if not (node.comment.is_hidden or node.comment.is_deleted)
        ],
    )
    label = subject_label(subject)
    base_url = request.path if request is not None else ""
    action = reverse("participation:comment_create", args=[label, subject.pk])
    # What was typed before a refused post (expired session, stale form).
    kept = (pending(request, action) or {}) if contributor else {}
    return {
        "show": True,
        "request": request,
        "heading": heading,
        "intro": intro,
        "subject": subject,
        "roots": roots,
        "single": single,
        "page_obj": page,
        "count": page.paginator.count if page else 0,
        "order": order,
        "base_url": base_url,
        "contributor": contributor,
        "signed_in": bool(user and user.is_authenticated),
        "form": CommentForm(
            initial={"body": kept.get("body", "")}, auto_id="id_comment_%s"
        )
        if contributor
        else None,
        "kept": bool(kept.get("body")),
        "action": action,
        "login_url": f"{reverse('account_login')}?next={quote(base_url)}%23comments",
        "max_length": MAX_COMMENT_LENGTH,
        "reportable": label in threads.REPORTABLE,
        "language": get_language(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("participation/comments/report_link.html", takes_context=True)
def report_link(context, target):
    """A "Report" link for content other than comments (a proposal), for
    those who may report it."""
    request = context.get("request")
    user = getattr(request, "user", None)
    shown = (
        user is not None
        and not getattr(target, "is_hidden", False)
        and rules.can_report(user, target)
    )
    label = target._meta.label_lower
    return {"shown": shown, "label": label, "pk": target.pk}
