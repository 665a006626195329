"""Votes in a resident's account (registered in this feature's `wagtail_hooks`).

Votes are secret: "My account" and "Download my data" show only the themes a
person voted in (found through their voter key), never a ranking. There is
no anonymiser: the who-voted register holds only a keyed hash of the
normalised email, and keeping it stops a second vote after signing up again.
"""

from django.utils.translation import gettext_lazy as _

from accounts.sections import Section
from participation.models import VoterRecord
from participation.votes.voter_keys import email_voter_key


def my_votes(request, user):
    records = (
        VoterRecord.objects.filter(voter_key=email_voter_key(user.email))
        .select_related("campaign", "theme")
        .order_by("-voted_on")
    )
    return Section(
        title=_("Where I voted"),
        template="participation/account/my_votes.html",
        context={"records": list(records)},
    )


def export_votes(user):
    """The themes voted in and the day; the ballots themselves cannot be traced."""
    return [
        {
            "campaign": record.campaign.title,
            "theme": str(record.theme.title),
            "day": record.voted_on,
        }
        for record in VoterRecord.objects.filter(
            voter_key=email_voter_key(user.email)
        ).select_related("campaign", "theme")
    ]


def exporters():
    return {"votes": export_votes}
