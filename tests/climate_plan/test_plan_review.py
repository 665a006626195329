"""Who approves what: plan reviewers (and administrators) approve plan pages,
nobody approves their own submission, editors approve the other pages."""

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowPage

from accounts.roles import ADMINISTRATORS, EDITORS, MODERATORS, PLAN_REVIEWERS
from climate_plan.models.review import plan_review_workflow
from tests.factories.accounts import UserFactory
from tests.factories.pages import ContentPageFactory

NEW_TITLE = "Pistes cyclables sur tout le boulevard"


def account(*roles_, email):
    user = UserFactory(roles=list(roles_), email=email)
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def people(db):
    return {
        "editor": account(EDITORS, email="redactrice@example.org"),
        "reviewer": account(EDITORS, PLAN_REVIEWERS, email="relecteur@example.org"),
        "other reviewer": account(
            EDITORS, PLAN_REVIEWERS, email="relectrice@example.org"
        ),
        "administrator": account(ADMINISTRATORS, email="admin-ville@example.org"),
        "moderator": account(MODERATORS, email="moderation@example.org"),
    }


@pytest.fixture
def action(plan, make_action):
    WorkflowPage.objects.create(page=plan, workflow=plan_review_workflow())
    return make_action(title="Pistes", slug="pistes")


def submit(page, user):
    """The user edits the page's title and submits it for review."""
    page = Page.objects.get(pk=page.pk).specific
    page.title = NEW_TITLE
    revision = page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return revision


def approve(client, user, page):
    client.force_login(user)
    task_state = TaskState.objects.get(
        workflow_state__base_content_type__isnull=False,
        workflow_state__object_id=str(page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )


def live_title(page):
    return Page.objects.get(pk=page.pk).title


@pytest.mark.parametrize("approver", ["reviewer", "administrator"])
def test_a_plan_reviewer_or_an_administrator_approves_an_editors_change(
    client, people, action, approver
):
    submit(action, people["editor"])

    approve(client, people[approver], action)

    assert live_title(action) == NEW_TITLE


@pytest.mark.parametrize("submitter", ["reviewer", "administrator"])
def test_nobody_approves_their_own_submission(client, people, action, submitter):
    submit(action, people[submitter])

    approve(client, people[submitter], action)
    assert live_title(action) == "Pistes"

    # Another reviewer may.
    approve(client, people["other reviewer"], action)
    assert live_title(action) == NEW_TITLE


def test_an_editor_neither_approves_nor_publishes_a_plan_page(client, people, action):
    submit(action, people["reviewer"])
    approve(client, people["editor"], action)
    assert live_title(action) == "Pistes"

    client.force_login(people["editor"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[action.pk]))
    assert 'name="action-publish"' not in editor.content.decode()


def test_a_plan_page_under_review_is_open_to_administrators_not_locked(people, action):
    submit(action, people["editor"])
    page = Page.objects.get(pk=action.pk).specific
    task = page.current_workflow_task
    administrator = people["administrator"]

    assert not task.locked_for_user(page, administrator)
    assert task.user_can_access_editor(page, administrator)
    assert "approve" in [name for name, *_ in task.get_actions(page, administrator)]
    assert task.locked_for_user(page, people["moderator"])


def test_pages_outside_the_plan_are_approved_by_editors_not_moderators(
    client, people, home
):
    page = ContentPageFactory(parent=home, title="La démarche", slug="la-demarche")
    assert page.get_workflow() is not None  # Wagtail's default one
    submit(page, people["reviewer"])

    approve(client, people["moderator"], page)
    assert live_title(page) == "La démarche"

    approve(client, people["editor"], page)
    assert live_title(page) == NEW_TITLE
