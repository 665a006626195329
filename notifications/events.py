"""Who hears about each event, and of what kind: called by the events' own
background tasks, once the event is committed. Each writes the outbox rows
(`services.record`) and sends at once the rows whose recipient wants that."""

from django.contrib.auth import get_user_model
from wagtail.models import Page

from notifications import queries, services
from notifications.models import Event, Kind
from notifications.sending import send_at_once


def _users(ids):
    return list(get_user_model().objects.filter(pk__in=ids).order_by("pk"))


def reply(user, comment, event, send):
    """A reply to `user`'s comment, or a comment on their proposal (`event`
    "reply" or "comment"), sent at once with `send(note, headers)`."""
    notes = services.record([user], Kind.REPLIES, Event(event), comment=comment)
    send_at_once(notes, send)
    return notes


def comment_for_followers(comment, subject, exclude=()):
    """News for the people following the comment's subject (a proposal or a
    page), but its author and those already told."""
    if subject is None:
        return []
    if isinstance(subject, Page):
        followers = queries.followers_of_pages([subject])
    else:
        followers = queries.followers_of_proposal(subject)
    followers -= {comment.author_id, *exclude}
    notes = services.record(
        _users(followers), Kind.NEWS, Event.COMMENT, comment=comment
    )
    send_at_once(notes)
    return notes


def proposal_for_author(proposal, event, send):
    """A status change of the author's own proposal, sent at once with `send`."""
    notes = services.record(
        [proposal.author],
        Kind.STATUS,
        Event.PROPOSAL,
        proposal=proposal,
        data={"event": event},
    )
    send_at_once(notes, send)
    return notes


def proposal_for_followers(proposal, event):
    """A status change or answer for those following the proposal, while it
    is public (a rejection reason is for its author alone)."""
    if not proposal.status.is_public or event == "rejected":
        return []
    followers = queries.followers_of_proposal(proposal) - {proposal.author_id}
    notes = services.record(
        _users(followers),
        Kind.STATUS,
        Event.PROPOSAL,
        proposal=proposal,
        data={"event": event},
    )
    send_at_once(notes)
    return notes


def action_update(update, status_changed):
    """An action's update, for those following the action, its objective or
    a committee monitoring it: a status change when it moved the status,
    news otherwise."""
    from climate_plan.models import CommitteePage

    action = update.action
    committees = CommitteePage.objects.filter(
        monitored_actions__action__translation_key=action.translation_key
    )
    pages = [action, action.get_parent(), *committees]
    followers = queries.followers_of_pages(pages) - {update.author_id}
    notes = services.record(
        _users(followers),
        Kind.STATUS if status_changed else Kind.NEWS,
        Event.ACTION_UPDATE,
        page=action,
        action_update=update,
        data={"status": update.status} if status_changed else {},
    )
    send_at_once(notes)
    return notes


def page_change(page):
    """A new version of an objective or committee page, for its followers."""
    followers = queries.followers_of_pages([page])
    notes = services.record(_users(followers), Kind.NEWS, Event.PAGE_CHANGE, page=page)
    send_at_once(notes)
    return notes
