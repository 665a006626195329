"""Writing comments and reports: form → one service call → redirect back to
`<subject url>#comment-<id>`. Each action also has a page of its own, so that
everything works without JavaScript (a reply, an edit, a deletion to confirm,
a report with its reason)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from climate_site import pending
from participation.comments import rules, services, threads
from participation.comments.forms import CommentForm, ReportForm
from participation.comments.models import Comment

ERROR_MESSAGES = {
    services.NotAllowed: lambda: _(
        "You cannot do that here (only verified residents who are not blocked can)."
    ),
    services.RateLimited: lambda: _(
        "You have written a lot in a short time. Please wait a little before trying "
        "again (at most 5 comments a minute, 50 a day and 20 reports a day)."
    ),
    services.AlreadyReported: lambda: _(
        "You have already reported this. Moderators will look at it."
    ),
}


# The id of a comment form's error summary: its action ends with it, so the
# answer to a refused form opens there.
ERRORS_ID = "comment-errors"


def _error(request, error):
    messages.error(request, ERROR_MESSAGES[type(error)]())


def subject_url(subject):
    """The subject's address in the language being read."""
    if isinstance(subject, Page):
        return subject.specific.get_url() or "/"
    return subject.get_absolute_url()


def comment_url(comment, posted=False):
    """Where a comment is shown: its subject, on the right page of threads.

    `posted`: the author has just written it; the thread shows it highlighted,
    saying so, and focus goes to it.
    """
    subject = comment.discussion.subject()
    if subject is None:
        raise Http404
    page = threads.page_of(comment)
    params = {"comments_page": page} if page > 1 else {}
    if posted:
        params[threads.POSTED] = comment.pk
    query = f"?{urlencode(params)}" if params else ""
    return f"{subject_url(subject)}{query}#comment-{comment.pk}"


def comment_permalink(request, pk):
    """A stable address for one comment: leads to it in its discussion."""
    comment = get_object_or_404(
        Comment.objects.select_related("discussion__subject_type"), pk=pk
    )
    return redirect(comment_url(comment))


def _render_form(request, template, context, status=200):
    return TemplateResponse(
        request, f"participation/comments/{template}.html", context, status=status
    )


def comment_create(request, label, pk):
    subject = threads.subject_from_label(label, pk)
    if subject is None or not rules.accepts_comments(subject):
        raise Http404
    back = f"{subject_url(subject)}#comments"
    if request.method != "POST":
        return redirect(back)  # the form is in the discussion
    if not request.user.is_authenticated:
        return pending.sign_in_keeping(request, back)
    form = CommentForm(request.POST, auto_id="id_comment_%s")
    if form.is_spam():
        return redirect(back)
    if not form.is_valid():
        context = {
            "form": form,
            "subject": subject,
            "back": back,
            "action": f"{request.path}#{ERRORS_ID}",
        }
        return _render_form(request, "comment_form", context, status=400)
    try:
        comment = services.post_comment(
            request.user, subject, form.cleaned_data["body"], language=get_language()
        )
    except services.CommentError as error:
        _error(request, error)
        pending.keep(request)  # the form offers it back
        return redirect(back)
    pending.forget(request)
    return redirect(comment_url(comment, posted=True))


def _own_comment(pk):
    return get_object_or_404(
        Comment.objects.select_related("discussion__subject_type", "author", "root"),
        pk=pk,
    )


def comment_reply(request, pk):
    parent = _own_comment(pk)
    if not request.user.is_authenticated:
        if request.method == "POST":
            return pending.sign_in_keeping(request, request.path)
        return redirect_to_login(request.get_full_path())
    kept = pending.pending(request, request.path) or {}
    form = CommentForm(
        request.POST or None,
        initial={"body": kept.get("body", "")},
        auto_id="id_comment_%s",
    )
    context = {
        "form": form,
        "parent": parent,
        "back": comment_url(parent),
        "action": f"{request.path}#{ERRORS_ID}",
        "kept": bool(kept),
    }
    if request.method != "POST":
        if not rules.can_reply(request.user, parent):
            _error(request, services.NotAllowed())
            return redirect(context["back"])
        return _render_form(request, "reply_form", context)
    if form.is_spam():
        return redirect(context["back"])
    if not form.is_valid():
        return _render_form(request, "reply_form", context, status=400)
    try:
        reply = services.post_comment(
            request.user,
            None,
            form.cleaned_data["body"],
            parent=parent,
            language=get_language(),
        )
    except services.CommentError as error:
        _error(request, error)
        pending.keep(request)
        return redirect(context["back"])
    pending.forget(request)
    return redirect(comment_url(reply, posted=True))


@login_required
def comment_edit(request, pk):
    comment = _own_comment(pk)
    back = comment_url(comment)
    if not rules.can_edit(request.user, comment):
        messages.error(
            request,
            _(
                "A comment can be edited by its author for 15 minutes after it is written."
            ),
        )
        return redirect(back)
    initial = {"body": comment.body}
    form = CommentForm(request.POST or None, initial=initial, auto_id="id_comment_%s")
    context = {
        "form": form,
        "comment": comment,
        "back": back,
        "action": f"{request.path}#{ERRORS_ID}",
    }
    if request.method != "POST":
        return _render_form(request, "edit_form", context)
    if not form.is_valid():
        return _render_form(request, "edit_form", context, status=400)
    try:
        services.edit_comment(request.user, comment, form.cleaned_data["body"])
    except services.CommentError as error:
        _error(request, error)
    else:
        messages.success(request, _("Your comment is updated."))
    return redirect(back)


@login_required
def comment_delete(request, pk):
    comment = _own_comment(pk)
    back = comment_url(comment)
    if not rules.can_delete(request.user, comment):
        raise Http404
    if request.method != "POST":
        return _render_form(
            request,
            "delete_confirm",
            {"comment": comment, "back": back, "action": request.path},
        )
    try:
        services.delete_comment(request.user, comment)
    except services.CommentError as error:
        _error(request, error)
    else:
        messages.success(
            request, _("Your comment is deleted. Replies to it stay in place.")
        )
    return redirect(back)


def _target_url(target):
    if isinstance(target, Comment):
        return comment_url(target)
    return target.get_absolute_url()


@login_required
def report(request, label, pk):
    target = threads.target_from_label(label, pk)
    if target is None or not rules.can_see(request.user, target):
        raise Http404
    back = _target_url(target)
    form = ReportForm(request.POST or None, auto_id="id_report_%s")
    context = {
        "form": form,
        "target": target,
        "back": back,
        "action": f"{request.path}#{ERRORS_ID}",
        "is_comment": isinstance(target, Comment),
    }
    if request.method != "POST":
        refusal = services.report_refusal(request.user, target)
        if refusal is not None:
            _error(request, refusal)
            return redirect(back)
        return _render_form(request, "report_form", context)
    if form.is_spam():
        return redirect(back)
    if not form.is_valid():
        return _render_form(request, "report_form", context, status=400)
    try:
        services.report(
            request.user,
            target,
            form.cleaned_data["reason"],
            form.cleaned_data["details"],
            language=get_language(),
        )
    except services.CommentError as error:
        _error(request, error)
    else:
        messages.success(request, _("Thank you. Moderators will review your report."))
    return redirect(back)
