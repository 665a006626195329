"""Who is responsible for an action, how it is carried out (phases, tasks) and
why its status was set by hand."""

import datetime

import pytest
from django.utils import timezone

from climate_plan import services
from climate_plan.models import ActionUpdate, ImplementationPhase
from tests.factories.plan import follow, organisation

PHASES = [
    ("planned", "Prévue"),
    ("preparation", "Préparation"),
    ("implementation", "Mise en œuvre"),
    ("done", "Terminée"),
]


@pytest.fixture
def phased_plan(plan):
    plan.phases = [ImplementationPhase(identifier=i, name=n) for i, n in PHASES]
    plan.save()
    return plan


@pytest.fixture
def followed_action(phased_plan, make_action):
    today = timezone.localdate()
    service = organisation()
    partner = organisation("ADEME", "ademe", kind="partner")
    return follow(
        make_action(title="Pistes cyclables", slug="pistes"),
        organisations=[(service, "lead"), (partner, "partner")],
        contacts=[
            ("Inès Martin", "Chargée de mission vélo", "ines@ivry.example", True),
            ("Paul Roux", "Chef de projet", "paul.secret@ivry.example", False),
        ],
        tasks=[
            ("Étude de tracé", today - datetime.timedelta(days=60), today),
            ("Travaux rue Marat", today - datetime.timedelta(days=3), None),
            ("Inauguration", today + datetime.timedelta(days=90), None),
        ],
        phase="implementation",
    )


@pytest.mark.django_db
def test_an_action_names_its_organisations_with_their_role_and_links_to_them(
    client, followed_action, phased_plan
):
    text = client.get(followed_action.url).content.decode()

    assert "Service mobilités" in text and "(Pilote)" in text
    assert "ADEME" in text and "(Partenaire)" in text
    assert f'href="{phased_plan.url}organisations/service-mobilites/"' in text


@pytest.mark.django_db
def test_a_contact_email_is_public_only_when_ticked(client, followed_action):
    text = client.get(followed_action.url).content.decode()

    assert "Inès Martin" in text and "mailto:ines@ivry.example" in text
    assert "Paul Roux" in text
    assert "paul.secret" not in text


@pytest.mark.django_db
def test_the_action_shows_its_phase_among_the_plans_and_its_tasks(
    client, followed_action
):
    text = client.get(followed_action.url).content.decode()

    assert 'aria-current="step">Mise en œuvre' in text
    assert text.index("Prévue") < text.index("Préparation") < text.index("Terminée")
    assert "Travaux rue Marat" in text and "En retard" in text
    assert "Fait le" in text  # the finished study
    assert "À faire" in text  # the inauguration, not due yet


@pytest.mark.django_db
def test_an_organisation_page_lists_its_actions_and_their_state(
    client, followed_action, phased_plan, make_action
):
    make_action(title="Autre action", slug="autre")
    response = client.get(f"{phased_plan.url}organisations/service-mobilites/")
    text = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Service mobilités</h1>" in text
    assert "Pistes cyclables" in text and "Pilote" in text
    assert "En cours" in text  # its status
    assert "Autre action" not in text
    assert client.get(f"{phased_plan.url}organisations/").status_code == 200
    assert client.get(f"{phased_plan.url}organisations/inconnue/").status_code == 404


@pytest.mark.django_db
def test_the_plan_filters_actions_by_organisation(
    client, followed_action, phased_plan, make_action
):
    make_action(title="Autre action", slug="autre")

    text = client.get(phased_plan.url, {"organisation": "ademe"}).content.decode()
    unknown = client.get(phased_plan.url, {"organisation": "x' or 1=1"})

    assert "Pistes cyclables" in text and "Autre action" not in text
    assert unknown.status_code == 200 and "Autre action" in unknown.content.decode()


@pytest.mark.django_db
def test_a_status_set_by_hand_shows_its_reason(client, make_action):
    action = make_action(
        status="delayed", status_reason="Le chantier attend l’avis des pompiers."
    )

    text = client.get(action.url).content.decode()

    assert "Statut fixé à la main" in text
    assert "Le chantier attend l’avis des pompiers." in text


def edit_post(client, action, **changes):
    """Save `action` from its admin editor with `changes`."""
    from django.urls import reverse
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        streamfield,
    )

    fields = {
        "title": action.title,
        "slug": action.slug,
        "intro": "",
        "body": streamfield([]),
        "status": action.status,
        "status_reason": action.status_reason,
        "progress": action.progress,
        "phase": "",
        "responsibilities": inline_formset([]),
        "contacts": inline_formset([]),
        "tasks": inline_formset([]),
        "needs": inline_formset([]),
        "indicator_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    fields.update(changes)
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[action.pk]), nested_form_data(fields)
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "valid"),
    [
        ({"status": "delayed"}, False),
        ({"status": "delayed", "status_reason": "  "}, False),
        ({"status": "delayed", "status_reason": "Le chantier est suspendu."}, True),
        ({"progress": 60}, True),  # no status change, no reason needed
    ],
)
def test_changing_the_status_by_hand_needs_a_written_reason(
    client, django_user_model, make_action, changes, valid
):
    admin = django_user_model.objects.create_superuser(
        email="admin@example.org", password="x" * 12
    )
    action = make_action(status="in_progress")
    client.force_login(admin)

    response = edit_post(client, action, **changes)

    assert (response.status_code == 302) is valid, response.context and [
        (f.name, f.errors) for f in response.context["form"] if f.errors
    ]
    if not valid:
        assert "écrivez pourquoi" in response.content.decode()


@pytest.mark.django_db
def test_an_update_that_moves_the_status_ends_the_manual_override(
    django_user_model, make_action
):
    action = make_action(status="delayed", status_reason="Attente de l’avis.")
    services.post_action_update(
        ActionUpdate(
            action=action,
            date=timezone.localdate(),
            text="Les travaux reprennent.",
            signed="Comité",
            status="in_progress",
        ),
        None,
    )
    action.refresh_from_db()

    assert action.status == "in_progress" and action.status_reason == ""


@pytest.mark.django_db
def test_the_action_editor_offers_the_plans_phases(
    client, django_user_model, followed_action
):
    from django.urls import reverse

    admin = django_user_model.objects.create_superuser(
        email="admin@example.org", password="x" * 12
    )
    client.force_login(admin)

    text = client.get(
        reverse("wagtailadmin_pages:edit", args=[followed_action.pk])
    ).content.decode()

    assert '<option value="preparation">Préparation</option>' in text
    assert '<option value="implementation" selected>Mise en œuvre</option>' in text
