"""Emails about comments and moderation, sent in the background.

Each task receives primary keys (tasks are serialised), reloads what it needs,
writes in the recipient's language and respects their notification choices.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from django_tasks import task

from accounts.roles import MODERATORS
from climate_site.emails import recipient_language, send_site_email


def _send(user, template, context, headers=None):
    if not user.email or not user.is_active:
        return
    send_site_email(
        user.email,
        f"participation/emails/{template}",
        {**context, "user": user},
        language=recipient_language(user),
        headers=headers,
    )


def _subject_url(discussion, language):
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    with translation.override(language):
        subject = discussion.subject(locale)
        if subject is None:
            return "", ""
        url = (
            subject.get_url()
            if hasattr(subject, "get_url")
            else subject.get_absolute_url()
        )
        return str(subject), url or ""


# The email template of each event, and its kind and event in the outbox.
COMMENT_EVENTS = {"comment_reply": "reply", "comment_on_proposal": "comment"}


@task()
def notify_new_comment(comment_id):
    """Tell the parent's author about a reply, the proposal's author about a
    comment, and the people following the subject, each at the frequency they
    chose (notifications): at once with this email, or in their digest."""
    from notifications import events
    from participation.comments.models import Comment

    comment = (
        Comment.objects.select_related(
            "author", "parent__author", "discussion__subject_type"
        )
        .filter(pk=comment_id)
        .first()
    )
    if comment is None:
        return
    recipients = {}
    parent_author = comment.parent.author if comment.parent_id else None
    if (
        parent_author
        and parent_author != comment.author
        and parent_author.notify_on_reply
    ):
        recipients[parent_author.pk] = (parent_author, "comment_reply")
    subject = comment.discussion.subject()
    owner = getattr(subject, "author", None) if comment.depth == 1 else None
    if (
        owner is not None
        and owner != comment.author
        and owner.pk not in recipients
        and owner.notify_on_comment
    ):
        recipients[owner.pk] = (owner, "comment_on_proposal")
    for user, template in recipients.values():
        language = user.preferred_language or settings.LANGUAGE_CODE
        title, url = _subject_url(comment.discussion, language)
        context = {
            "comment": comment,
            "subject_title": title,
            "url": f"{url}#comment-{comment.pk}",
        }
        events.reply(
            user,
            comment,
            COMMENT_EVENTS[template],
            send=lambda _note, headers, user=user, template=template, context=context: (
                _send(user, template, context, headers=headers)
            ),
        )
    events.comment_for_followers(comment, subject, exclude={*recipients})


def _target(label, pk):
    return apps.get_model(label)._base_manager.filter(pk=pk).first()


def _moderation_context(target, language):
    from participation.comments.models import Comment

    if isinstance(target, Comment):
        title, url = _subject_url(target.discussion, language)
        return {
            "subject_title": title,
            "url": f"{url}#comment-{target.pk}",
            "text": target.body,
        }
    url = target.get_absolute_url() if hasattr(target, "get_absolute_url") else ""
    return {"subject_title": str(target), "url": url, "text": str(target)}


@task()
def notify_moderators_of_hiding(label, pk):
    """Tell every moderator that reports hid a piece of content."""
    target = _target(label, pk)
    if target is None:
        return
    moderators = get_user_model().objects.filter(
        groups__name=MODERATORS, is_active=True
    )
    for moderator in moderators.distinct():
        language = moderator.preferred_language or settings.LANGUAGE_CODE
        _send(
            moderator,
            "hidden_for_moderators",
            {
                **_moderation_context(target, language),
                "queue_url": "/admin/moderation/",
            },
        )


@task()
def notify_author_of_hiding(label, pk):
    """Tell the author their content is hidden, and why.

    This is a service message about their own content, so it is sent whatever
    their reply/comment notification choices; it is in their language.
    """
    target = _target(label, pk)
    author = getattr(target, "author", None)
    if target is None or author is None or not target.is_hidden:
        return
    language = author.preferred_language or settings.LANGUAGE_CODE
    _send(
        author,
        "hidden_for_author",
        {**_moderation_context(target, language), "reason": target.hidden_reason},
    )
