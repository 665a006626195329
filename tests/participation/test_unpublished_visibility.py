"""Unpublished proposals stay out of sight of those who may not moderate them:
report pages, the site history, the search and the open data; and staff
authors of comments are not blocked from the moderation queue."""

import pytest
from django.urls import reverse
from wagtail.log_actions import log

from accounts.roles import ADMINISTRATORS, AGENTS, EDITORS, MODERATORS
from participation.comments import services as comment_services
from participation.models import ProposalStatus
from tests.factories.accounts import UserFactory, staff
from tests.factories.proposals import ProposalFactory

pytestmark = pytest.mark.django_db

SECRET = "Titre encore en attente de modération"
PUBLIC = "Titre déjà publié"


@pytest.fixture
def pending(call):
    proposal = ProposalFactory(
        call=call,
        title=SECRET,
        status=ProposalStatus.objects.get(code="submitted"),
        published_at=None,
    )
    log(instance=proposal, action="participation.proposal.submitted")
    return proposal


@pytest.fixture
def published(call):
    proposal = ProposalFactory(call=call, title=PUBLIC, text="Des arbres partout.")
    log(instance=proposal, action="participation.proposal.published")
    return proposal


def report_url(proposal):
    return f"/participation/report/participation.proposal/{proposal.pk}/"


def test_a_resident_guessing_a_report_address_learns_nothing_of_a_pending_proposal(
    client, resident, pending, published
):
    client.force_login(resident)
    response = client.get(report_url(pending))
    assert response.status_code == 404
    assert SECRET not in response.content.decode()
    assert client.get(report_url(published)).status_code == 200


@pytest.mark.parametrize("role", [AGENTS, EDITORS])
def test_agents_and_editors_do_not_read_the_history_of_pending_proposals(
    client, role, pending, published
):
    client.force_login(staff(role))
    response = client.get("/admin/reports/site-history/")
    assert response.status_code == 200
    html = response.content.decode()
    assert SECRET not in html
    if role == AGENTS:  # agents enter proposals: the published ones stay listed
        assert PUBLIC in html
    history = client.get(
        f"/admin/snippets/participation/proposal/history/{pending.pk}/"
    )
    assert SECRET not in history.content.decode()


@pytest.mark.parametrize("role", [MODERATORS, ADMINISTRATORS])
def test_those_who_moderate_read_the_whole_history(client, role, pending, published):
    client.force_login(staff(role))
    html = client.get("/admin/reports/site-history/").content.decode()
    assert SECRET in html and PUBLIC in html


def test_site_search_finds_only_published_proposals(
    client, call, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the search index
        hidden = ProposalFactory(
            call=call,
            title="Composteur en attente",
            status=ProposalStatus.objects.get(code="submitted"),
            published_at=None,
        )
        shown = ProposalFactory(call=call, title="Composteur publié")
    html = client.get("/search/", {"q": "composteur"}).content.decode()
    assert shown.get_absolute_url() in html
    assert hidden.get_absolute_url() not in html and "en attente" not in html


def test_open_data_lists_only_published_proposals(client, pending, published):
    body = client.get(reverse("participation:proposals_open_data")).content.decode()
    assert PUBLIC in body and SECRET not in body


def test_agents_cannot_download_the_staff_export(client, pending):
    client.force_login(staff(AGENTS))
    response = client.get("/admin/proposal-moderation/export/download/?format=csv")
    assert response.status_code in (302, 403)
    assert SECRET not in response.content.decode()


def test_a_moderator_cannot_block_a_staff_author_from_the_queue(client, pages):
    editor = staff(EDITORS)
    comment = comment_services.post_comment(
        editor, pages["fr"], "Texte d’un agent", language="fr"
    )
    client.force_login(staff(MODERATORS))
    response = client.post(
        reverse(
            "participation_moderate",
            args=["participation.comment", comment.pk, "block"],
        ),
        {"reason": "Spam", "days": ""},
        follow=True,
    )
    editor.refresh_from_db()
    assert editor.blocked_until is None
    assert "seul un administrateur bloque les comptes" in response.content.decode()


def test_a_moderator_still_blocks_a_resident_author_from_the_queue(client, pages):
    resident = UserFactory()
    comment = comment_services.post_comment(
        resident, pages["fr"], "Texte", language="fr"
    )
    client.force_login(staff(MODERATORS))
    client.post(
        reverse(
            "participation_moderate",
            args=["participation.comment", comment.pk, "block"],
        ),
        {"reason": "Spam", "days": ""},
    )
    resident.refresh_from_db()
    assert resident.blocked_until is not None
