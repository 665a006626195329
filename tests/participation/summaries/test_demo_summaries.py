"""The demo: approved summaries on a few objectives, similar proposals found
among the 565 demo proposals."""

import pytest

from accounts.roles import MODERATORS
from participation.models import Proposal
from participation.proposals.demo import generate
from participation.proposals.similar import similar_published
from participation.summaries import demo
from participation.summaries.models import ObjectiveSummary
from tests.factories.accounts import UserFactory
from tests.factories.plan import plan
from tests.factories.proposals import NeighbourhoodFactory, ProposalCallFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_proposals(home):
    themes = plan(themes=7, objectives=2, actions=0)
    NeighbourhoodFactory()
    return generate(ProposalCallFactory(), themes, residents=[])


def test_the_demo_approves_summaries_citing_public_proposals(demo_proposals):
    from django.contrib.auth.models import Group

    moderator = UserFactory(email=demo.MODERATOR)
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    demo.build(None)
    demo.build(None)  # again: nothing changes
    approved = ObjectiveSummary.objects.approved()
    assert approved.count() == demo.APPROVED
    assert ObjectiveSummary.objects.count() == demo.APPROVED + demo.DRAFTS
    public = set(Proposal.objects.public().values_list("pk", flat=True))
    for summary in approved:
        sentences = list(summary.sentences.all())
        assert sentences
        for sentence in sentences:
            cited = set(sentence.proposals.values_list("pk", flat=True))
            assert cited and cited <= public


def test_a_demo_title_typed_again_finds_its_proposal(demo_proposals):
    proposal = Proposal.objects.public().order_by("reference")[10]
    found = similar_published(proposal.title.lower(), "")
    assert proposal.reference in [p.reference for p in found]
    assert len(found) <= 5
