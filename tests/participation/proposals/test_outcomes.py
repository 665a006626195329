"""After sending a proposal the resident sees what happened where the form
was: the error summary when it is refused, the proposal's reference, status
and address when it is sent."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from participation.models import Proposal
from tests.factories.accounts import UserFactory
from tests.participation.proposal_helpers import FORM_BLOCK_ID, action_url, valid_post

pytestmark = pytest.mark.django_db

ERRORS = f"proposal-{FORM_BLOCK_ID}-errors"
OUTCOME = f"proposal-{FORM_BLOCK_ID}-outcome"


def summary(html, summary_id):
    """The opening tag of the error summary with this id, or None."""
    match = re.search(rf'<div class="error-summary" id="{summary_id}"[^>]*>', html)
    return match.group(0) if match else None


def form_block(html):
    return html.split(f'id="block-{FORM_BLOCK_ID}"')[1].split('id="block-')[0]


def test_a_refused_proposal_opens_at_its_error_summary(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    page = client.get(proposal_page.url).content.decode()
    assert f'action="{action_url(proposal_page)}#{ERRORS}"' in page

    response = client.post(action_url(proposal_page), valid_post(themes[0], title=""))
    html = response.content.decode()
    assert response.status_code == 400
    tag = summary(html, ERRORS)
    # a named group that scripts focus; announced when focused, not at load
    assert tag and 'role="group"' in tag and "data-error-summary" in tag
    assert f'aria-labelledby="{ERRORS}-title"' in tag
    assert 'role="alert"' not in html
    assert 'href="#id_title"' in html


def test_a_sent_proposal_shows_its_reference_status_and_link_in_place_of_the_form(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    response = client.post(action_url(proposal_page), valid_post(themes[0]))
    proposal = Proposal.objects.get()
    assert response.status_code == 302
    assert response.url.endswith(f"?sent={proposal.reference}#{OUTCOME}")

    html = client.get(response.url).content.decode()
    block = form_block(html)
    assert f'id="{OUTCOME}"' in block and "data-outcome" in block
    assert "Merci, bien reçu !" in block
    assert proposal.reference in block and "Déposée" in block
    assert f'href="{proposal.get_absolute_url()}"' in block
    assert "Suivre ma proposition" in block
    assert 'name="title"' not in block  # the outcome replaces the form
    # the thank-you is not repeated out of view at the top of the page
    assert html.count("Merci, bien reçu !") == 1

    another = client.get(proposal_page.url).content.decode()
    assert 'name="title"' in another  # "send another" leads to an empty form


def test_nobody_else_reads_my_outcome_from_its_address(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    url = client.post(action_url(proposal_page), valid_post(themes[0])).url
    reference = Proposal.objects.get().reference
    other = Client()
    other.force_login(UserFactory())
    block = form_block(other.get(url).content.decode())
    assert reference not in block and 'name="title"' in block
    assert reference not in form_block(Client().get(url).content.decode())


def test_a_call_closed_meanwhile_says_so_where_the_form_was(
    client, proposal_page, call, resident, themes
):
    client.force_login(resident)
    call.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    call.save()
    response = client.post(action_url(proposal_page), valid_post(themes[0]))
    html = response.content.decode()
    assert response.status_code == 409
    tag = summary(html, ERRORS)
    assert tag and 'role="group"' in tag
    assert "Votre proposition n’a pas été envoyée" in html
    assert "Cet appel à propositions est clos." in html
    assert not Proposal.objects.exists()
