"""A committee's update moves its action: every page that shows the action, and
the report, agree; the action's history says who moved it; the account picker
finds committee members by email or pseudonym."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from accounts.roles import AGENTS, COMMITTEE_MEMBERS, EDITORS
from climate_plan.models import ActionPage
from tests.factories.accounts import UserFactory, staff
from tests.factories.pages import locale, translate_page
from tests.factories.plan import committee_for

ADD_URL = "wagtailsnippets_climate_plan_actionupdate:add"


@pytest.fixture
def member(db):
    return staff(
        COMMITTEE_MEMBERS, email="velo-membre@example.org", display_name="Nadia V"
    )


@pytest.fixture
def action(plan, theme, make_action, member, home):
    action = make_action(title="Pistes", slug="pistes", progress=45)
    committee_for(theme, [action], users=[member])
    for page in (home, plan, theme, action.get_parent(), action):
        translate_page(page, "en")
    return action


def post_update(client, action, date="2024-05-02", status="in_progress", progress="60"):
    return client.post(
        reverse(ADD_URL),
        {
            "action": action.pk,
            "date": date,
            "language": "fr",
            "text": "Les travaux avancent.",
            "signed": "Comité mobilités",
            "status": status,
            "progress": progress,
        },
    )


def shown_progress(client, page):
    """The first progress bar of the page: the page's own figure."""
    html = client.get(page.url).content.decode()
    return int(re.search(r'class="progress__fill" width="(\d+)"', html).group(1))


def test_a_committee_update_moves_the_action_on_every_page_and_the_report(
    client, member, action
):
    client.force_login(member)
    assert post_update(client, action).status_code == 302

    client.logout()
    english = action.get_translation(locale("en"))
    for page in (
        action,
        english,
        action.get_parent(),
        action.get_parent().get_parent(),
    ):
        assert shown_progress(client, page) == 60, page.url
    plan = action.get_parent().get_parent().get_parent()
    html = client.get(plan.url).content.decode()
    assert 'class="progress__fill" width="60"' in html
    assert "En cours" in client.get(action.url).content.decode()

    client.force_login(staff(EDITORS))
    report = client.get(reverse("climate_plan_actions_report"), {"export": "csv"})
    row = next(
        line for line in report.content.decode().splitlines() if "Pistes" in line
    )
    assert ",60," in row


def test_visitors_who_saw_the_old_figure_see_the_new_one(
    client, member, action, settings, django_capture_on_commit_callbacks
):
    settings.AGIR_PAGE_CACHE = True
    assert shown_progress(client, action) == 45  # now in the page cache
    committee = Client()
    committee.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        post_update(committee, action)

    assert shown_progress(client, action) == 60


def test_the_action_history_says_who_moved_the_action(client, member, action):
    client.force_login(member)
    post_update(client, action)

    client.force_login(staff(EDITORS))
    history = client.get(reverse("wagtailadmin_pages:history", args=[action.pk]))
    html = history.content.decode()
    assert "velo-membre@example.org" in html  # who
    assert "45 % → 60 %" in html


def test_an_older_update_entered_late_does_not_move_the_action_back(
    client, member, action
):
    client.force_login(member)
    post_update(client, action, date="2024-05-02", progress="60")
    post_update(client, action, date="2024-01-10", status="planned", progress="10")

    action.refresh_from_db()
    assert (action.status, action.progress) == ("in_progress", 60)


def test_publishing_a_draft_written_before_the_update_keeps_the_new_figures(
    client, member, action
):
    draft = ActionPage.objects.get(pk=action.pk)
    draft.intro = "Un brouillon de l’équipe communication."
    draft.save_revision()
    client.force_login(member)
    post_update(client, action)

    ActionPage.objects.get(pk=action.pk).get_latest_revision().publish()

    action.refresh_from_db()
    assert action.intro == "Un brouillon de l’équipe communication."
    assert (action.status, action.progress) == ("in_progress", 60)


CHOOSER = "committee_account_chooser:choose_results"


@pytest.mark.parametrize("query", ["velo-membre@", "nadia"])
def test_the_member_picker_finds_committee_accounts_by_email_or_pseudonym(
    client, member, query
):
    UserFactory(email="velo-resident@example.org", display_name="Nadia R")
    client.force_login(staff(EDITORS))

    html = client.get(reverse(CHOOSER), {"q": query}).content.decode()

    assert "velo-membre@example.org" in html and "Nadia V" in html
    # Residents outside the committee group are not offered.
    assert "velo-resident@example.org" not in html


def test_only_page_editors_may_open_the_member_picker(client, member):
    client.force_login(staff(AGENTS))
    chosen = reverse("committee_account_chooser:chosen", args=[member.pk])
    for response in (
        client.get(reverse(CHOOSER), {"q": "velo"}),
        client.get(chosen),
    ):
        # Wagtail turns the refusal into a redirect to the dashboard.
        assert response.status_code in (302, 403)
        assert "velo-membre@example.org" not in response.content.decode()
