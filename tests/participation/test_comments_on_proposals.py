"""Comments and reports on proposals: the same discussion and moderation as pages."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from participation.comments import services
from participation.models import Proposal, ProposalCall, ProposalStatus
from tests.factories.accounts import UserFactory


@pytest.fixture
def proposal(db, resident):
    now = timezone.now()
    call = ProposalCall.objects.create(
        title="Appel 2021",
        opens_at=now - timedelta(days=10),
        closes_at=now + timedelta(days=10),
    )
    return Proposal.objects.create(
        call=call,
        reference="P-2021-0001",
        title="Des arceaux vélo devant l’école",
        text="Il manque des arceaux.",
        author=resident,
        language="fr",
        status=ProposalStatus.objects.get(code=ProposalStatus.PUBLISHED),
    )


@pytest.mark.django_db
def test_the_proposal_page_shows_its_discussion_and_its_author_hears_of_comments(
    client, proposal, resident, other_resident, django_capture_on_commit_callbacks
):
    client.force_login(other_resident)
    url = reverse(
        "participation:comment_create", args=["participation.proposal", proposal.pk]
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"body": "Oui, et devant le collège aussi"})
    assert response.status_code == 302
    assert response.url.startswith(proposal.get_absolute_url())
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert "Oui, et devant le collège aussi" in html
    assert (
        reverse("participation:report", args=["participation.proposal", proposal.pk])
        in html
    )
    assert [message.to for message in mail.outbox] == [[resident.email]]


@pytest.mark.django_db
def test_three_reports_hide_a_proposal_but_not_its_comments(
    client, proposal, other_resident
):
    services.post_comment(
        other_resident, proposal, "Un commentaire qui reste", language="fr"
    )
    for _ in range(3):
        services.report(UserFactory(), proposal, "off_topic")
    proposal.refresh_from_db()
    assert proposal.is_hidden
    assert not Proposal.objects.public().filter(pk=proposal.pk).exists()
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert "Il manque des arceaux." not in html
    assert "Un commentaire qui reste" in html


@pytest.mark.django_db
def test_a_resident_reports_a_proposal_once_through_the_form(
    client, proposal, other_resident
):
    client.force_login(other_resident)
    with translation.override("en"):
        url = reverse(
            "participation:report", args=["participation.proposal", proposal.pk]
        )
    assert client.get(url).status_code == 200
    client.post(url, {"reason": "spam", "details": ""})
    response = client.post(url, {"reason": "spam"}, follow=True)
    assert "already reported" in response.content.decode()


@pytest.mark.django_db
def test_authors_cannot_report_their_own_proposal(proposal, resident):
    with pytest.raises(services.NotAllowed):
        services.report(resident, proposal, "spam")
