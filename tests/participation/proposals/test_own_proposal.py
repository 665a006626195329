"""A resident sees their own proposal at its public address in every status;
nobody else does before it is public."""

import re

import pytest
from django.core import mail
from django.test import Client

from participation.models import Proposal
from tests.factories.accounts import UserFactory
from tests.participation.proposal_helpers import action_url, valid_post

pytestmark = pytest.mark.django_db

PRIVATE_NOTICE = "Seuls vous et les modérateurs voyez cette page"
TITLE = "Des arceaux vélos devant l’école"


def send_proposal(client, proposal_page, themes):
    client.post(action_url(proposal_page), valid_post(themes[0]))
    return Proposal.objects.get()


def link_from_my_account(client, proposal):
    html = client.get("/account/").content.decode()
    url = proposal.get_absolute_url()
    assert f'href="{url}"' in html
    return url


def moderate(client, proposal, action, capture, **data):
    with capture(execute=True):
        response = client.post(
            f"/admin/proposal-moderation/{proposal.pk}/moderate/",
            {"action": action, **{f"{action}-{k}": v for k, v in data.items()}},
        )
    assert response.status_code == 302
    proposal.refresh_from_db()
    return proposal


def test_author_follows_a_proposal_awaiting_moderation_from_my_account(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    proposal = send_proposal(client, proposal_page, themes)
    url = link_from_my_account(client, proposal)

    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert TITLE in html and proposal.reference in html
    assert "Déposée" in html  # its status
    assert PRIVATE_NOTICE in html
    assert "en attente de modération" in html
    assert "Soutenir cette proposition" not in html  # nothing to support yet


def test_others_still_get_a_404_on_a_proposal_awaiting_moderation(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    proposal = send_proposal(client, proposal_page, themes)
    url = proposal.get_absolute_url()

    other = Client()
    other.force_login(UserFactory())
    assert other.get(url).status_code == 404

    visitor = Client().get(url)
    assert visitor.status_code == 404
    assert TITLE not in visitor.content.decode()
    # the author, signed out, is offered to sign in and come back here
    assert f"/accounts/login/?next={url.replace('/', '%2F')}" in (
        visitor.content.decode()
    )
    missing = Client().get("/participation/propositions/P-2099-0001/")
    assert missing.status_code == 404  # a missing reference answers the same


def test_rejected_author_reads_the_reason_from_the_email_link(
    client,
    proposal_page,
    resident,
    themes,
    moderator,
    django_capture_on_commit_callbacks,
):
    client.force_login(resident)
    proposal = send_proposal(client, proposal_page, themes)
    staff = Client()
    staff.force_login(moderator)
    moderate(
        staff,
        proposal,
        "reject",
        django_capture_on_commit_callbacks,
        reason="Hors sujet pour le plan climat.",
    )
    assert proposal.status.code == "rejected"

    link = re.search(r"http://testserver(\S+)", mail.outbox[-1].body).group(1)
    response = client.get(link)
    html = response.content.decode()
    assert response.status_code == 200
    assert PRIVATE_NOTICE in html
    assert "Refusée par la modération" in html
    assert "Raison donnée par les modérateurs" in html
    assert "Hors sujet pour le plan climat." in html
    # the history says when it went from submitted to rejected
    history = html.split('id="history-heading"')[1]
    assert "Déposée → Refusée par la modération" in history

    other = Client()
    other.force_login(UserFactory())
    assert other.get(link).status_code == 404


def test_moderators_see_it_marked_private_and_the_mark_goes_once_published(
    client,
    proposal_page,
    resident,
    themes,
    moderator,
    django_capture_on_commit_callbacks,
):
    client.force_login(resident)
    proposal = send_proposal(client, proposal_page, themes)
    url = proposal.get_absolute_url()
    staff = Client()
    staff.force_login(moderator)
    html = staff.get(url).content.decode()
    assert "Seuls son auteur et les modérateurs voient cette page" in html

    moderate(staff, proposal, "publish", django_capture_on_commit_callbacks)
    html = client.get(url).content.decode()
    assert PRIVATE_NOTICE not in html
    assert Client().get(url).status_code == 200


def test_an_english_reader_sees_the_private_mark_in_english(
    client, proposal_page, resident, themes
):
    client.force_login(resident)
    proposal = send_proposal(client, proposal_page, themes)
    html = client.get("/en" + proposal.get_absolute_url()).content.decode()
    assert "Only you and the moderators see this page" in html
