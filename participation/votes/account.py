"""Votes in a resident's account (registered in this feature's `wagtail_hooks`).

Votes are secret: "My account" and "Download my data" show only the themes a
person voted in (found through the account's person key), never a ranking.
There is no anonymiser: the who-voted register holds only keyed hashes, and
keeping it stops a second vote after signing up again.
"""

from django.utils.translation import gettext_lazy as _

from accounts.sections import Section
from participation.models import VoterRecord
from participation.votes.voter_keys import account_voter_key


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


def exporters():
    return {"votes": export_votes}
