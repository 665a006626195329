"""The vote: campaigns on the plan's themes and the page that holds a ballot."""

import datetime

from django.utils import timezone

from climate_plan.models import ObjectivePage
from home.models import ContentPage
from participation.models import CampaignTheme, VoteCampaign
from tests.factories.pages import home_page
from tests.factories.plan import plan


def campaign(themes=None, ranks=3, opens_in=-1, closes_in=7, **fields):
    """A campaign on `themes` (a plan of two themes of three objectives when
    omitted), the options being each theme's objectives; open now by default
    (`opens_in`, `closes_in`: days from now)."""
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
    return vote


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
