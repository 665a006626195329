"""The vote: campaigns on the plan's themes and the page that holds a ballot."""

import datetime

from django.utils import timezone

from climate_plan.models import ObjectivePage
from home.models import ContentPage
from participation.models import Ballot, CampaignTheme, VoteCampaign
from participation.votes import sealing, services
from tests.factories.pages import home_page
from tests.factories.plan import plan


def campaign(themes=None, ranks=3, opens_in=-1, closes_in=7, keys=True, **fields):
    """A campaign on `themes` (a plan of two themes of three objectives when
    omitted), the options being each theme's objectives; open now by default
    (`opens_in`, `closes_in`: days from now).

    With `keys`, its key pair is generated and the private key, which the site
    never stores, is kept on the returned object as `private_key` for the test.
    """
    themes = themes or plan(themes=2, objectives=3, actions=0)
    now = timezone.now()
    vote = VoteCampaign.objects.create(
        title=fields.pop("title", "Vote citoyen"),
        opens_at=now + datetime.timedelta(days=opens_in),
        closes_at=now + datetime.timedelta(days=closes_in),
        ranks=ranks,
        **fields,
    )
    for order, theme in enumerate(themes):
        ct = CampaignTheme.objects.create(campaign=vote, theme=theme, sort_order=order)
        ct.options.set(ObjectivePage.objects.child_of(theme).order_by("path"))
        ct.save()  # a ParentalManyToManyField is written on save
    vote.private_key = services.generate_keys(vote) if keys else None
    vote.refresh_from_db()
    return vote


def opened_rankings(vote, theme=None):
    """The rankings sealed in the vote's box, opened with the test's private key."""
    key = sealing.private_key(vote.private_key, vote.pk, vote.public_key)
    ballots = Ballot.objects.filter(campaign=vote)
    if theme is not None:
        ballots = ballots.filter(theme=theme)
    return sorted(
        sealing.open_sealed(key, sealed)
        for sealed in ballots.values_list("sealed", flat=True)
    )


def vote_page(vote, results=False):
    """A published content page holding a vote widget (and the results block)."""
    body = [("vote_widget", {"campaign": vote, "heading": "Votez", "intro": ""})]
    if results:
        body.append(
            ("vote_results", {"campaign": vote, "heading": "Résultats", "intro": ""})
        )
    page = ContentPage(title="Le vote", slug=f"vote-{vote.pk}", body=body)
    home_page().add_child(instance=page)
    page.save_revision().publish()
    return page
