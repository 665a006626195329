"""Moderation in the admin: actions, history, audit log, emails; agents' entry."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from accounts.roles import AGENTS, MODERATORS
from participation.models import (
    Proposal,
    ProposalHistory,
    ProposalLogEntry,
    ProposalStatus,
    Support,
)
from tests.factories.accounts import UserFactory, staff
from tests.factories.proposals import ProposalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(db):
    return staff(MODERATORS)


@pytest.fixture
def agent(db):
    return staff(AGENTS)


@pytest.fixture
def submitted(call, resident):
    return ProposalFactory(
        call=call,
        author=resident,
        status=ProposalStatus.objects.get(code="submitted"),
        published_at=None,
        title="Des arceaux",
        text="Devant l’ecole.",
    )


def moderate(client, proposal, action, capture, **data):
    with capture(execute=True):
        return client.post(
            f"/admin/proposal-moderation/{proposal.pk}/moderate/",
            {"action": action, **{f"{action}-{k}": v for k, v in data.items()}},
        )


def test_moderators_see_the_queue_filtered_by_status(
    client, moderator, submitted, call
):
    ProposalFactory(call=call, title="Déjà publiée")
    client.force_login(moderator)
    status = ProposalStatus.objects.get(code="submitted").pk
    response = client.get(f"/admin/snippets/participation/proposal/?status={status}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Des arceaux" in html and "Déjà publiée" not in html


def test_residents_and_agents_cannot_moderate(client, resident, agent, submitted):
    for user in (resident, agent):
        client.force_login(user)
        response = client.get(f"/admin/proposal-moderation/{submitted.pk}/moderate/")
        assert response.status_code in (302, 403)


def test_publishing_notifies_the_author_and_is_in_history_and_audit_log(
    client, moderator, submitted, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    response = moderate(
        client, submitted, "publish", django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status.code == "published" and submitted.published_at
    entry = submitted.history.get(action=ProposalHistory.Action.PUBLISHED)
    assert entry.actor == moderator
    assert (entry.from_status.code, entry.to_status.code) == ("submitted", "published")
    assert ProposalLogEntry.objects.filter(
        action="participation.proposal.published", proposal=submitted
    ).exists()
    assert len(mail.outbox) == 1
    assert submitted.reference in mail.outbox[0].subject


def test_email_is_in_the_author_language(
    client, moderator, submitted, resident, django_capture_on_commit_callbacks
):
    resident.preferred_language = "es"
    resident.save()
    client.force_login(moderator)
    moderate(client, submitted, "publish", django_capture_on_commit_callbacks)
    assert "está publicada" in mail.outbox[0].subject
    assert "Hola, Amina:" in mail.outbox[0].body


def test_author_who_opted_out_gets_no_email(
    client, moderator, submitted, resident, django_capture_on_commit_callbacks
):
    resident.notify_on_proposal_update = False
    resident.save()
    client.force_login(moderator)
    moderate(client, submitted, "publish", django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_reject_needs_a_reason_that_reaches_the_author(
    client, moderator, submitted, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    response = moderate(
        client, submitted, "reject", django_capture_on_commit_callbacks, reason=""
    )
    assert response.status_code == 400
    moderate(
        client,
        submitted,
        "reject",
        django_capture_on_commit_callbacks,
        reason="Hors sujet pour le plan climat.",
    )
    submitted.refresh_from_db()
    assert submitted.status.code == "rejected"
    assert "Hors sujet pour le plan climat." in mail.outbox[0].body
    assert client.get(submitted.get_absolute_url()).status_code == 200  # moderator
    client.logout()
    assert client.get(submitted.get_absolute_url()).status_code == 404


def test_correction_keeps_the_original_in_history(
    client, moderator, submitted, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    moderate(
        client,
        submitted,
        "correct",
        django_capture_on_commit_callbacks,
        title="Des arceaux vélos",
        text="Devant l’école.",
        note="accents",
    )
    submitted.refresh_from_db()
    assert submitted.text == "Devant l’école."
    entry = submitted.history.get(action=ProposalHistory.Action.CORRECTED)
    assert (entry.previous_title, entry.previous_text) == (
        "Des arceaux",
        "Devant l’ecole.",
    )
    page = client.get(
        f"/admin/proposal-moderation/{submitted.pk}/moderate/"
    ).content.decode()
    assert "Devant l’ecole." in page  # the original, shown to moderators


def test_not_retained_needs_a_reason_and_answer_is_public(
    client, moderator, call, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(call=call)
    client.force_login(moderator)
    not_retained = ProposalStatus.objects.get(code="not_retained")
    response = moderate(
        client,
        proposal,
        "status",
        django_capture_on_commit_callbacks,
        status=not_retained.pk,
        note="",
        official_answer="",
    )
    assert response.status_code == 400
    moderate(
        client,
        proposal,
        "status",
        django_capture_on_commit_callbacks,
        status=not_retained.pk,
        note="Trop coûteux.",
        official_answer="La ville étudie une autre solution.",
    )
    proposal.refresh_from_db()
    assert proposal.status == not_retained and proposal.answered_at
    client.logout()
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert "La ville étudie une autre solution." in html
    assert "Trop coûteux." in html
    assert "Réponse officielle\u00a0:" in mail.outbox[0].body


def test_merge_carries_supporters_over_once(
    client, moderator, call, django_capture_on_commit_callbacks
):
    kept, duplicate = ProposalFactory(call=call), ProposalFactory(call=call)
    both, only_duplicate, only_kept = UserFactory(), UserFactory(), UserFactory()
    for proposal, users in (
        (kept, [both, only_kept]),
        (duplicate, [both, only_duplicate]),
    ):
        for user in users:
            Support.objects.create(proposal=proposal, user=user)
    client.force_login(moderator)
    moderate(
        client,
        duplicate,
        "merge",
        django_capture_on_commit_callbacks,
        into=kept.reference.lower(),
        note="",
    )
    kept.refresh_from_db()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == kept
    assert set(kept.supports.values_list("user", flat=True)) == {
        both.pk,
        only_kept.pk,
        only_duplicate.pk,
    }
    assert kept.support_count == 3 and duplicate.support_count == 0
    assert duplicate.history.filter(action="merged").exists()
    response = client.get(duplicate.get_absolute_url())
    assert response.status_code == 200
    assert f'href="{kept.get_absolute_url()}"' in response.content.decode()


def test_grouping_into_objectives_shows_the_chain(
    client, moderator, call, themes, django_capture_on_commit_callbacks
):
    from django.template import Context, Template

    proposal = ProposalFactory(call=call, title="Rue aux écoles")
    objective = themes[0].get_children().first().specific
    client.force_login(moderator)
    moderate(
        client,
        proposal,
        "group",
        django_capture_on_commit_callbacks,
        objectives=[objective.pk],
        note="",
    )
    proposal.refresh_from_db()
    assert proposal.status.code == "grouped"
    assert list(proposal.objectives.all()) == [objective]
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert objective.title in html
    assert "Action 1.1.1" in html and 'value="40"' in html
    rendered = Template(
        "{% load proposal_tags %}{% proposals_for_objective page %}"
    ).render(Context({"page": objective}))
    assert "Né de 1 proposition" in rendered and "Rue aux écoles" in rendered


def test_agent_enters_an_offline_proposal(client, agent, call, themes, neighbourhood):
    client.force_login(agent)
    assert client.get("/admin/proposal-moderation/offline/new/").status_code == 200
    response = client.post(
        "/admin/proposal-moderation/offline/new/",
        {
            "call": call.pk,
            "channel": "caravan",
            "event": "",
            "submitted_at": "",
            "theme": themes[1].pk,
            "neighbourhood": neighbourhood.pk,
            "title": "Un composteur au square",
            "text": "Dit à la caravane.",
            "tags": "Compost",
            "language": "fr",
            "pseudonym": "",
            "contact": "06 00 00 00 00",
        },
    )
    assert response.status_code == 302
    proposal = Proposal.objects.get()
    assert (proposal.entered_by, proposal.channel, proposal.author) == (
        agent,
        "caravan",
        None,
    )
    assert proposal.status.code == "published"
    assert proposal.history.get().action == ProposalHistory.Action.ENTERED
    client.logout()
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert "Recueillie par la caravane citoyenne" in html
    assert "06 00 00 00 00" not in html
    # agents enter, they do not moderate
    client.force_login(agent)
    denied = client.get(f"/admin/proposal-moderation/{proposal.pk}/moderate/")
    assert denied.status_code in (302, 403)
    assert not (denied.status_code == 302 and "moderate" in denied.url)


def test_staff_export_has_every_field_and_open_data_has_no_personal_data(
    client, moderator, call, resident
):
    ProposalFactory(
        call=call,
        author=resident,
        contact="06 11",
        pseudonym="Amina",
        publish_pseudonym=True,
        title="=cmd|' /C calc'!A0",
    )
    client.force_login(moderator)
    staff_csv = b"".join(
        client.get("/admin/proposal-moderation/export/download/?format=csv")
    )
    assert b"amina@example.org" in staff_csv and b"06 11" in staff_csv
    assert b"'=cmd" in staff_csv  # no formula injection
    xlsx = client.get("/admin/proposal-moderation/export/download/?format=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    client.logout()
    public = client.get("/participation/propositions/donnees-ouvertes.csv").content
    assert b"P-2021-" in public
    assert b"amina@example.org" not in public and b"06 11" not in public
    assert b"Amina" not in public


def test_proposals_are_never_created_by_the_generic_admin_form(client, call):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(
        email="root@example.org", password="x"
    )
    client.force_login(admin)
    listing = client.get("/admin/snippets/participation/proposal/").content.decode()
    assert "/admin/snippets/participation/proposal/add/" not in listing
    assert client.get("/admin/snippets/participation/proposal/add/").status_code in (
        302,
        403,
    )


def test_administrators_edit_statuses_and_calls(client):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(
        email="boss@example.org", password="x"
    )
    client.force_login(admin)
    status = ProposalStatus.objects.get(code="not_retained")
    assert (status.label_in("fr"), status.label_in("en"), status.label_in("es")) == (
        "Non retenue",
        "Not retained",
        "No seleccionada",
    )
    edit = client.get(f"/admin/snippets/participation/proposalstatus/edit/{status.pk}/")
    assert edit.status_code == 200 and "No seleccionada" in edit.content.decode()
    assert (
        client.get("/admin/snippets/participation/proposalcall/add/").status_code == 200
    )


def test_an_offline_proposal_left_undated_takes_the_event_date(
    client, agent, call, themes, home
):
    from participation.models import EventIndexPage, EventPage

    index = EventIndexPage(title="Agenda", slug="agenda")
    home.add_child(instance=index)
    workshop = EventPage(
        title="Atelier du 12 juillet",
        slug="atelier-12-juillet",
        event_type="workshop",
        start=timezone.make_aware(datetime.datetime(2021, 7, 12, 18, 30)),
    )
    index.add_child(instance=workshop)
    client.force_login(agent)
    html = client.get("/admin/proposal-moderation/offline/new/").content.decode()
    date_input = re.search(r"<input[^>]*name=\"submitted_at\"[^>]*>", html).group(0)
    assert "value=" not in date_input
    client.post(
        "/admin/proposal-moderation/offline/new/",
        {
            "call": call.pk,
            "channel": "workshop",
            "event": workshop.pk,
            "submitted_at": "",
            "theme": themes[1].pk,
            "title": "Des bancs à l’ombre",
            "text": "Dit à l’atelier.",
            "language": "fr",
        },
    )
    assert Proposal.objects.get().submitted_at == workshop.start
