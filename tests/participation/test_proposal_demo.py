"""The demo generator: 565 plausible proposals, deterministic, mostly grouped."""

import pytest

from participation.models import Proposal, Support
from participation.proposals.demo import build, generate
from tests.factories.plan import plan
from tests.factories.proposals import NeighbourhoodFactory, ProposalCallFactory

pytestmark = pytest.mark.django_db


def test_generator_writes_565_varied_proposals(home):
    themes = plan(themes=7, objectives=2, actions=0)
    NeighbourhoodFactory()
    call = ProposalCallFactory()
    proposals = generate(call, themes, residents=[])
    assert len(proposals) == Proposal.objects.count() == 565
    grouped = Proposal.objects.filter(objectives__isnull=False).distinct().count()
    assert 0.5 < grouped / 565 < 0.7
    languages = set(Proposal.objects.values_list("language", flat=True))
    channels = set(Proposal.objects.values_list("channel", flat=True))
    statuses = set(Proposal.objects.values_list("status__code", flat=True))
    assert languages == {"fr", "en", "es"}
    assert {"online", "caravan", "workshop", "paper"} <= channels
    assert {
        "grouped",
        "retained",
        "not_retained",
        "implemented",
        "published",
    } <= statuses
    assert Proposal.objects.exclude(official_answer="").count() > 50
    assert len(set(Proposal.objects.values_list("title", flat=True))) > 150
    assert call.proposals.order_by("reference").last().reference.endswith("-0565")
    assert " de le " not in " ".join(Proposal.objects.values_list("title", flat=True))


def test_generator_is_deterministic(home):
    themes = plan(themes=2, objectives=1, actions=0)
    first = [p.title for p in generate(ProposalCallFactory(), themes, count=40)]
    second = [p.title for p in generate(ProposalCallFactory(), themes, count=40)]
    assert first == second


def test_builder_does_nothing_without_themes(home):
    from home.demo.state import Demo

    build(Demo(home=home))
    assert not Proposal.objects.exists()


def test_builder_supports_are_counted(home):
    from home.demo.state import Demo

    plan(themes=2, objectives=2, actions=0)
    demo = Demo(home=home)
    build(demo)
    build(demo)  # idempotent
    assert Proposal.objects.count() == 565
    proposal = Proposal.objects.order_by("-support_count").first()
    assert (
        proposal.support_count == Support.objects.filter(proposal=proposal).count() > 0
    )
    assert demo.pages["proposals"].live
