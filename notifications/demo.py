"""Demo follows and email choices: a few demo residents follow an action, an
objective, a monitoring committee and a proposal, and chose how often they
hear of them, so the follow buttons, the account page and the digests have
something to show. Running it again changes nothing."""

from wagtail.models import Locale

from accounts.demo import demo_residents
from notifications import services
from notifications.models import Frequency, Kind

# (resident index, what they follow, {kind: frequency})
PLAN = [
    (0, ["action", "objective"], {Kind.NEWS: Frequency.DAILY}),
    (1, ["committee"], {Kind.NEWS: Frequency.WEEKLY, Kind.STATUS: Frequency.DAILY}),
    (2, ["proposal"], {Kind.REPLIES: Frequency.DAILY}),
    (3, ["action", "proposal"], {Kind.NEWS: Frequency.OFF}),
]


def _firsts():
    from climate_plan.models import ActionPage, CommitteePage, ObjectivePage
    from participation.models import Proposal

    default = Locale.get_default()
    pages = {
        name: model.objects.live().filter(locale=default).order_by("path").first()
        for name, model in (
            ("action", ActionPage),
            ("objective", ObjectivePage),
            ("committee", CommitteePage),
        )
    }
    pages["proposal"] = (
        Proposal.objects.filter(status__is_public=True, hidden_at=None)
        .select_related("status")
        .order_by("reference")
        .first()
    )
    return pages


def build(demo):
    residents = demo_residents()
    things = _firsts()
    for index, names, frequencies in PLAN:
        if index >= len(residents):
            continue
        user = residents[index]
        for name in names:
            if things.get(name) is not None:
                services.follow(user, things[name])
        services.set_frequencies(user, frequencies)
