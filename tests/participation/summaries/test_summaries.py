"""Objective summaries: drafted from the proposals, each sentence citing
them, shown on the objective page only once a person approves them."""

import re

import pytest
from django.utils import timezone

from participation.models import Proposal, ProposalStatus
from participation.summaries import drafting, services
from participation.summaries.models import ObjectiveSummary
from tests.climate_plan.test_query_counts import layout_queries, queries_per_page
from tests.factories.pages import translate_page
from tests.factories.proposals import ProposalFactory

pytestmark = pytest.mark.django_db

BIKES = "Il faut des arceaux à vélos devant chaque école de la ville."
TREES = "Planter des arbres dans les cours des écoles donnerait de l’ombre."
OTHER = "Le marché pourrait vendre des produits locaux en vrac."


@pytest.fixture
def objective(themes):
    return themes[0].get_children().first().specific


@pytest.fixture
def cited(call, objective):
    """Five proposals of the objective: three make the same point on bikes."""
    texts = [
        f"Les enfants viennent à vélo. {BIKES}",
        f"{BIKES} Les parents le demandent.",
        "Devant chaque école de la ville, il faut des arceaux à vélos sûrs.",
        f"{TREES} Les enfants auraient moins chaud.",
        OTHER,
    ]
    proposals = []
    for number, text in enumerate(texts):
        proposal = ProposalFactory(call=call, title=f"Idée {number}", text=text)
        proposal.objectives.add(objective)
        proposals.append(proposal)
    return proposals


def summary_section(client, page):
    html = client.get(page.url).content.decode()
    found = re.search(r'<section class="objective-summary".*?</section>', html, re.S)
    return found.group(0) if found else ""


def test_the_draft_leads_with_what_most_proposals_say_and_cites_them(cited):
    drafted = drafting.draft(Proposal.objects.filter(pk__in=[p.pk for p in cited]))
    assert drafted[0].text == BIKES
    assert {p.pk for p in drafted[0].proposals} >= {cited[0].pk, cited[1].pk}
    assert all(sentence.proposals for sentence in drafted)
    texts = [sentence.text for sentence in drafted]
    assert len(texts) == len(set(texts)) <= drafting.SENTENCES
    assert drafting.draft(reversed(cited)) == drafted  # deterministic


def test_a_drafted_summary_is_not_public_before_a_person_approves_it(
    client, moderator, objective, cited
):
    services.draft_summary(objective, actor=moderator)
    assert summary_section(client, objective) == ""
    services.approve_summary(objective, actor=moderator)
    section = summary_section(client, objective)
    assert "arceaux à vélos" in section
    assert f'href="{cited[0].get_absolute_url()}"' in section


def test_every_shown_sentence_cites_an_existing_public_proposal(
    client, moderator, objective, cited, call
):
    services.draft_summary(objective, actor=moderator)
    services.approve_summary(objective, actor=moderator)
    # one cited proposal is hidden, another unpublished, after the approval
    Proposal.objects.filter(pk=cited[0].pk).update(hidden_at=timezone.now())
    Proposal.objects.filter(pk=cited[1].pk).update(
        status=ProposalStatus.objects.get(code="rejected")
    )
    section = summary_section(client, objective)
    sentences = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert sentences
    public = {p.reference for p in Proposal.objects.public()}
    for sentence in sentences:
        references = re.findall(r">#(P-\d{4}-\d+)<", sentence)
        assert references and set(references) <= public
    assert cited[0].reference not in section and cited[1].reference not in section


def test_editing_after_approval_takes_it_off_until_approved_again(
    client, moderator, objective, cited
):
    services.draft_summary(objective, actor=moderator)
    services.approve_summary(objective, actor=moderator)
    client.force_login(moderator)
    url = f"/admin/objective-summaries/{objective.pk}/"
    text = f"Des arceaux partout. [{cited[0].reference}, {cited[2].reference.lower()}]"
    response = client.post(url, {"action": "save", "text": text})
    assert response.status_code == 302
    summary = ObjectiveSummary.objects.get()
    assert not summary.is_approved
    client.logout()
    assert summary_section(client, objective) == ""
    client.force_login(moderator)
    client.post(url, {"action": "approve"})
    client.logout()
    section = summary_section(client, objective)
    assert "Des arceaux partout." in section
    assert f">#{cited[2].reference}<" in section


@pytest.mark.parametrize(
    "text",
    [
        "Une phrase sans référence.",
        "Une phrase. [P-2099-9999]",  # no such proposal
        "Une phrase. [pas une référence]",
    ],
)
def test_a_sentence_must_cite_public_proposals(client, moderator, objective, text):
    client.force_login(moderator)
    url = f"/admin/objective-summaries/{objective.pk}/"
    response = client.post(url, {"action": "save", "text": text})
    assert response.status_code == 400
    assert not ObjectiveSummary.objects.filter(sentences__isnull=False).exists()


def test_an_unpublished_proposal_cannot_be_cited(client, moderator, objective, call):
    waiting = ProposalFactory(
        call=call, status=ProposalStatus.objects.get(code="submitted")
    )
    client.force_login(moderator)
    response = client.post(
        f"/admin/objective-summaries/{objective.pk}/",
        {"action": "save", "text": f"Une idée. [{waiting.reference}]"},
    )
    assert response.status_code == 400


def test_residents_cannot_draft_or_approve(client, resident, objective, cited):
    client.force_login(resident)
    url = f"/admin/objective-summaries/{objective.pk}/"
    for action in ("draft", "approve"):
        client.post(url, {"action": action})
    assert not ObjectiveSummary.objects.exists()


def test_moderators_draft_and_approve_from_the_admin(
    client, moderator, objective, cited
):
    client.force_login(moderator)
    assert client.get("/admin/objective-summaries/").status_code == 200
    url = f"/admin/objective-summaries/{objective.pk}/"
    assert client.post(url, {"action": "draft"}).status_code == 302
    assert "[P-" in client.get(url).content.decode()
    assert client.post(url, {"action": "approve"}).status_code == 302
    assert ObjectiveSummary.objects.get().approved_by == moderator


def test_the_summary_shows_on_every_translation_within_the_query_budget(
    client, home, moderator, objective, cited
):
    services.draft_summary(objective, actor=moderator)
    services.approve_summary(objective, actor=moderator)
    english = translate_page(objective, "en")
    assert BIKES in summary_section(client, english)
    layout = layout_queries(client, home)
    counts = queries_per_page(client, {"fr": objective.url, "en": english.url})
    assert max(counts.values()) - layout <= 20
