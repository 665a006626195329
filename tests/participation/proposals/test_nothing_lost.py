"""A proposal refused because the session expired or the form's token is
stale is kept, and offered back pre-filled once the resident is signed in."""

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from participation.models import Proposal
from tests.factories.accounts import UserFactory
from tests.factories.proposals import ProposalFactory
from tests.participation.proposal_helpers import action_url, valid_post
from tests.participation.sign_in_steps import sign_in_from

pytestmark = pytest.mark.django_db

TEXT = "Les enfants viennent à vélo mais ne peuvent pas l’attacher."
KEPT = "Ce que vous aviez écrit est gardé ci-dessous"


def test_a_proposal_sent_after_the_session_expired_comes_back_after_sign_in(
    proposal_page, resident, themes
):
    browser = Client()  # the session expired while the resident was typing
    response = browser.post(action_url(proposal_page), valid_post(themes[0]))
    assert not Proposal.objects.exists()

    page = sign_in_from(browser, response, resident)
    html = page.content.decode()
    assert KEPT in html
    assert 'value="Des arceaux vélos devant l’école"' in html
    assert TEXT in html
    assert f'<option value="{themes[0].pk}" selected>' in html

    sent = browser.post(action_url(proposal_page), valid_post(themes[0]))
    assert sent.status_code == 302 and Proposal.objects.count() == 1
    # once sent, the form starts empty again
    html = browser.get(proposal_page.url).content.decode()
    assert KEPT not in html and TEXT not in html.split("<form")[-1]


def test_a_stale_form_token_keeps_the_proposal_for_the_same_form(
    proposal_page, resident, themes
):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(resident)
    response = browser.post(action_url(proposal_page), valid_post(themes[0]))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Ce formulaire a expiré" in html
    assert TEXT in html  # shown, to copy
    assert f'href="{action_url(proposal_page)}"' in html  # back to the form
    assert not Proposal.objects.exists()

    back = browser.get(action_url(proposal_page), follow=True).content.decode()
    assert KEPT in back and TEXT in back


def test_other_residents_never_see_what_someone_kept(
    proposal_page, resident, other_resident, themes
):
    browser = Client()
    browser.post(action_url(proposal_page), valid_post(themes[0]))
    other = Client()
    other.force_login(other_resident)
    html = other.get(proposal_page.url).content.decode()
    assert KEPT not in html and TEXT not in html


def test_opening_the_support_address_leads_to_the_proposal(client, call):
    proposal = ProposalFactory(call=call)
    response = client.get(f"{proposal.get_absolute_url()}soutien/")
    assert response.status_code == 302
    assert response.url == f"{proposal.get_absolute_url()}#supports"


def test_a_proposal_sent_before_confirming_the_email_waits_for_the_confirmation(
    client, proposal_page, themes
):
    newcomer = UserFactory(verified=False)
    client.force_login(newcomer)
    client.post(action_url(proposal_page), valid_post(themes[0]))
    assert not Proposal.objects.exists()

    EmailAddress.objects.create(
        user=newcomer, email=newcomer.email, verified=True, primary=True
    )
    html = client.get(proposal_page.url).content.decode()
    assert KEPT in html and TEXT in html
