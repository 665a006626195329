"""Emails to a proposal's author, sent after the change is committed."""

from django.conf import settings
from django.utils import translation
from django_tasks import task

from climate_site.emails import send_site_email
from climate_site.site_host import base_url

EVENTS = ("published", "rejected", "answered", "status", "merged")


def author_language(proposal):
    author = proposal.author
    languages = {code for code, _name in settings.LANGUAGES}
    for language in (author.preferred_language, proposal.language):
        if language in languages:
            return language
    return settings.LANGUAGE_CODE


@task()
def notify_author(proposal_id, event):
    """Tell the author, in their language, what happened to their proposal,
    and the people following it, each at the frequency they chose
    (notifications): at once with this email, or in their digest.

    Plain-text email (user text cannot become markup); nothing is sent to
    offline proposals' residents, to authors who opted out, or for unknown
    events. Returns whether the author is told.
    """
    from notifications import events
    from participation.models import Proposal

    proposal = (
        Proposal.objects.select_related("author", "status", "merged_into")
        .filter(pk=proposal_id)
        .first()
    )
    if proposal is None or event not in EVENTS:
        return False
    events.proposal_for_followers(proposal, event)
    if (
        proposal.author is None
        or not proposal.author.notify_on_proposal_update
        or not proposal.author.email
    ):
        return False

    def send(_note, headers):
        send_site_email(
            proposal.author.email,
            "participation/emails/proposal_update",
            {
                "proposal": proposal,
                "event": event,
                "status_label": proposal.status.label_in(),
                "url": base_url() + proposal.get_absolute_url(),
                "base_url": base_url(),
            },
            language=author_language(proposal),
            subject_template="participation/emails/proposal_subject",
            headers=headers,
        )

    return bool(events.proposal_for_author(proposal, event, send=send))


@task()
def index_proposals(proposal_ids):
    """Add proposals written in bulk (an import) to the search index, in chunks."""
    from wagtail.search.backends import get_search_backends

    from participation.models import Proposal

    for start in range(0, len(proposal_ids), 500):
        proposals = list(
            Proposal.objects.filter(pk__in=proposal_ids[start : start + 500])
            .select_related("theme", "neighbourhood", "status")
            .prefetch_related("tags")
        )
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(Proposal, proposals)


@task()
def run_proposal_import(import_id):
    """Run an uploaded proposal import (`imports.run_import`), in the language
    of the agent who uploaded it."""
    from participation.models import ProposalImport
    from participation.proposals.imports import run_import, stop_import

    record = ProposalImport.objects.select_related("agent", "call").get(pk=import_id)
    with translation.override(record.language):
        try:
            run_import(record)
        except Exception:
            # The writes rolled back; say so on the progress page, and let the
            # worker record the failure.
            stop_import(record)
            raise
