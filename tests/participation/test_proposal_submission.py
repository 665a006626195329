"""A resident's proposal from the page block, over HTTP."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from participation.models import Proposal, ProposalHistory
from participation.proposals.rules import CallState, call_state
from tests.factories.accounts import UserFactory
from tests.participation.proposal_helpers import FORM_BLOCK_ID, action_url, valid_post

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_told_to_sign_in_and_comes_back(client, proposal_page):
    response = client.get(proposal_page.url)
    html = response.content.decode()
    assert "Connectez-vous pour proposer." in html
    assert "/accounts/login/?next=%2Fproposer%2F%23block-" in html
    assert "/accounts/signup/?next=%2Fproposer%2F%23block-" in html
    assert 'name="title"' not in html
    assert "csrfmiddlewaretoken" not in html


def test_unverified_account_is_asked_to_confirm_its_email(client, proposal_page):
    user = UserFactory(verified=False)
    client.force_login(user)
    html = client.get(proposal_page.url).content.decode()
    assert "Confirmez d’abord votre adresse e-mail" in html
    assert 'name="title"' not in html


def test_verified_resident_submits_and_is_thanked(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    page_html = client.get(proposal_page.url).content.decode()
    assert "Titre de votre idée" in page_html  # the block's label
    response = client.post(
        action_url(proposal_page), valid_post(themes[0]), follow=True
    )
    assert response.redirect_chain[-1][0].endswith(f"#proposal-{FORM_BLOCK_ID}-outcome")
    assert "Merci, bien reçu !" in response.content.decode()
    proposal = Proposal.objects.get()
    assert (
        proposal.reference
        == f"P-{timezone.localtime(proposal.call.opens_at).year}-0001"
    )
    assert proposal.author == resident
    assert proposal.language == "fr"
    assert proposal.status.code == "submitted"  # pre-moderation by default
    assert sorted(t.name for t in proposal.tags.all()) == ["vélo", "école"]
    assert proposal.publish_pseudonym and proposal.pseudonym == "Amina"
    assert proposal.history.get().action == ProposalHistory.Action.SUBMITTED


def test_the_language_of_the_page_is_recorded(client, proposal_page, resident, themes):
    client.force_login(resident)
    url = "/en" + action_url(proposal_page)
    client.post(url, valid_post(themes[0]))
    assert Proposal.objects.get().language == "en"


def test_invalid_proposal_keeps_the_text_and_links_the_errors(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    long_text = "Un texte gardé. " + "x" * 3000
    response = client.post(
        action_url(proposal_page), valid_post(themes[0], title="", text=long_text)
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Un texte gardé." in html
    assert "data-error-summary" in html
    assert 'href="#id_title"' in html and 'href="#id_text"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_title-error"' in html
    assert not Proposal.objects.exists()


def test_closed_call_shows_a_message_and_refuses(
    client, proposal_page, call, resident, themes
):
    call.closes_at = timezone.now() - datetime.timedelta(days=1)
    call.save()
    client.force_login(resident)
    html = client.get(proposal_page.url).content.decode()
    assert "L’appel est clos." in html
    assert 'name="title"' not in html
    response = client.post(
        action_url(proposal_page), valid_post(themes[0]), follow=True
    )
    assert "Cet appel à propositions est clos." in response.content.decode()
    assert not Proposal.objects.exists()


def test_honeypot_drops_the_proposal_silently(client, proposal_page, resident, themes):
    client.force_login(resident)
    response = client.post(
        action_url(proposal_page),
        valid_post(themes[0], website="http://spam"),
        follow=True,
    )
    assert "Merci, bien reçu !" in response.content.decode()
    assert not Proposal.objects.exists()


def test_flood_of_proposals_is_rate_limited(client, proposal_page, resident, themes):
    client.force_login(resident)
    for n in range(5):
        client.post(action_url(proposal_page), valid_post(themes[0], title=f"Idée {n}"))
    response = client.post(
        action_url(proposal_page), valid_post(themes[0], title="Encore")
    )
    assert response.status_code == 429
    assert "Merci d’attendre dix minutes" in response.content.decode()
    assert "Encore" in response.content.decode()  # nothing lost
    assert Proposal.objects.count() == 5


def test_call_limit_per_account_is_explained(
    client, proposal_page, call, resident, themes
):
    call.per_account_limit = 1
    call.save()
    client.force_login(resident)
    client.post(action_url(proposal_page), valid_post(themes[0]))
    html = client.get(proposal_page.url).content.decode()
    assert "que cet appel permet par personne" in html
    response = client.post(
        action_url(proposal_page), valid_post(themes[0], title="Deux")
    )
    assert response.status_code == 409
    assert Proposal.objects.count() == 1


def test_post_moderated_call_publishes_at_once(
    client, proposal_page, call, resident, themes
):
    call.moderation = "post"
    call.save()
    client.force_login(resident)
    client.post(action_url(proposal_page), valid_post(themes[0]))
    proposal = Proposal.objects.get()
    assert proposal.status.code == "published"
    assert (
        proposal.title in client.get(proposal_page.url).content.decode()
    )  # list block


def test_theme_outside_the_call_is_refused(
    client, proposal_page, call, resident, themes
):
    call.themes.set([themes[0]])
    client.force_login(resident)
    response = client.post(action_url(proposal_page), valid_post(themes[1]))
    assert response.status_code == 400
    assert not Proposal.objects.exists()


def test_block_whose_call_was_deleted_reads_as_closed(
    client, proposal_page, call, resident
):
    call.delete()
    client.force_login(resident)
    response = client.get(proposal_page.url)
    assert response.status_code == 200
    assert "L’appel est clos." in response.content.decode()


OPENS = datetime.datetime(2030, 3, 1, 9, tzinfo=datetime.UTC)
CLOSES = datetime.datetime(2030, 3, 15, 20, tzinfo=datetime.UTC)
INSTANT = datetime.timedelta(microseconds=1)


@pytest.mark.parametrize(
    "now, expected",
    [
        (OPENS - INSTANT, CallState.NOT_OPEN),
        (OPENS, CallState.OPEN),
        (OPENS + datetime.timedelta(days=7), CallState.OPEN),
        (CLOSES - INSTANT, CallState.OPEN),
        (CLOSES, CallState.CLOSED),
        (CLOSES + datetime.timedelta(days=1), CallState.CLOSED),
    ],
)
def test_a_call_is_open_from_its_opening_until_just_before_its_closing(now, expected):
    call = SimpleNamespace(opens_at=OPENS, closes_at=CLOSES)
    assert call_state(call, now) == expected


def test_more_than_five_keywords_is_refused_with_a_message_and_nothing_is_dropped(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    tags = "vélo, école, arbres, bruit, compost, ombre, Vélo"
    response = client.post(action_url(proposal_page), valid_post(themes[0], tags=tags))
    assert response.status_code == 400
    html = response.content.decode()
    assert "5 mots-clés au plus, vous en avez saisi 6" in html
    assert "ombre" in html  # what was typed is kept to be trimmed
    assert not Proposal.objects.exists()
