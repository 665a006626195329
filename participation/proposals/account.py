"""Proposals in a resident's account: the proposals they sent and those they
support on "My account", both in "Download my data", and their public name
forgotten on "Delete my account" (registered in this feature's
`wagtail_hooks`)."""

from django.utils.translation import gettext_lazy as _

from accounts.sections import Section
from participation.models import Proposal, Support

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


def exporters():
    return {"proposals": export_proposals, "supports": export_supports}


def forget_public_names(user):
    """Published proposals stay, signed "Deleted participant" (see `Proposal.public_name`)."""
    Proposal.objects.filter(author=user).update(pseudonym="")
