"""Emails to a proposal's author, sent after the change is committed."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

EVENTS = ("published", "rejected", "answered", "status")


def author_language(proposal):
    author = proposal.author
    languages = {code for code, _name in settings.LANGUAGES}
    for language in (author.preferred_language, proposal.language):
        if language in languages:
            return language
    return settings.LANGUAGE_CODE


@task()
def notify_author(proposal_id, event):
    """Tell the author, in their language, what happened to their proposal.

    Plain-text email (user text cannot become markup); nothing is sent to
    offline proposals' residents, to authors who opted out, or for unknown events.
    """
    from participation.models import Proposal

    proposal = (
        Proposal.objects.select_related("author", "status", "merged_into")
        .filter(pk=proposal_id)
        .first()
    )
    if (
        proposal is None
        or event not in EVENTS
        or proposal.author is None
        or not proposal.author.notify_on_proposal_update
        or not proposal.author.email
    ):
        return False
    with translation.override(author_language(proposal)):
        context = {
            "proposal": proposal,
            "event": event,
            "status_label": proposal.status.label_in(),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + proposal.get_absolute_url(),
        }
        subject = render_to_string(
            "participation/emails/proposal_subject.txt", context
        ).strip()
        body = render_to_string("participation/emails/proposal_update.txt", context)
    send_mail(" ".join(subject.split()), body, None, [proposal.author.email])
    return True
