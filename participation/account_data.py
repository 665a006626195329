"""What participation holds about a resident, plugged into their account:
the "My account" sections, the "Download my data" export and what "Delete my
account" erases.

Votes are secret: the account shows and exports only the themes a person
voted in (found through the account's person key), never a ranking.
"""

from django.utils.translation import gettext_lazy as _

from accounts.anonymisers import register_anonymiser
from accounts.data_export import register_exporter
from accounts.sections import Section, register_section
from participation.models import Comment, Proposal, Report, Support, VoterRecord
from participation.votes.voter_keys import account_voter_key

SHOWN = 20


def my_proposals(request, user):
    proposals = (
        Proposal.objects.filter(author=user)
        .select_related("status")
        .prefetch_related("status__labels")
        .order_by("-submitted_at")
    )
    return Section(
        title=_("My proposals"),
        template="participation/account/my_proposals.html",
        context={"proposals": proposals[:SHOWN], "count": proposals.count()},
    )


def my_supports(request, user):
    supports = (
        Support.objects.filter(user=user)
        .select_related("proposal")
        .order_by("-created_at")
    )
    return Section(
        title=_("Proposals I support"),
        template="participation/account/my_supports.html",
        context={"supports": supports[:SHOWN], "count": supports.count()},
    )


def my_comments(request, user):
    comments = Comment.objects.filter(author=user, deleted_at__isnull=True).order_by(
        "-created_at"
    )
    return Section(
        title=_("My comments"),
        template="participation/account/my_comments.html",
        context={"comments": comments[:SHOWN], "count": comments.count()},
    )


def voter_records(user):
    """The account's rows of the who-voted register (none before a verified address)."""
    key = account_voter_key(user)
    if not key:
        return VoterRecord.objects.none()
    return VoterRecord.objects.filter(voter_key=key)


def my_votes(request, user):
    records = (
        voter_records(user).select_related("campaign", "theme").order_by("-voted_on")
    )
    return Section(
        title=_("Where I voted"),
        template="participation/account/my_votes.html",
        context={"records": list(records)},
    )


def export_proposals(user):
    return [
        {
            "reference": proposal.reference,
            "title": proposal.title,
            "text": proposal.text,
            "theme": str(proposal.theme.title) if proposal.theme_id else None,
            "tags": [tag.name for tag in proposal.tags.all()],
            "language": proposal.language,
            "public_name": proposal.pseudonym,
            "consents_to_publication": proposal.publish_pseudonym,
            "status": proposal.status.code,
            "submitted_at": proposal.submitted_at,
            "official_answer": proposal.official_answer,
        }
        for proposal in Proposal.objects.filter(author=user)
        .select_related("status", "theme")
        .prefetch_related("tags")
    ]


def export_supports(user):
    return [
        {"proposal": support.proposal.reference, "since": support.created_at}
        for support in Support.objects.filter(user=user).select_related("proposal")
    ]


def export_comments(user):
    return [
        {
            "body": comment.body,
            "language": comment.language,
            "written_at": comment.created_at,
            "edited_at": comment.edited_at,
            "deleted_at": comment.deleted_at,
            "hidden_at": comment.hidden_at,
        }
        for comment in Comment.objects.filter(author=user).order_by("created_at")
    ]


def export_reports(user):
    return [
        {
            "reason": report.reason,
            "details": report.details,
            "reported_at": report.created_at,
            "status": report.status,
        }
        for report in Report.objects.filter(reporter=user).order_by("created_at")
    ]


def export_votes(user):
    """The themes voted in and the day; the ballots themselves cannot be traced."""
    return [
        {
            "campaign": record.campaign.title,
            "theme": str(record.theme.title),
            "day": record.voted_on,
        }
        for record in voter_records(user).select_related("campaign", "theme")
    ]


def forget_public_names(user):
    """Published proposals stay, signed "Deleted participant" (see `Proposal.public_name`)."""
    Proposal.objects.filter(author=user).update(pseudonym="")


def register():
    register_section(my_proposals, order=10)
    register_section(my_supports, order=20)
    register_section(my_comments, order=30)
    register_section(my_votes, order=40)
    register_exporter("proposals")(export_proposals)
    register_exporter("supports")(export_supports)
    register_exporter("comments")(export_comments)
    register_exporter("reports")(export_reports)
    register_exporter("votes")(export_votes)
    register_anonymiser(forget_public_names)
