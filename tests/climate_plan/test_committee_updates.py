"""Committee members add updates to the actions their committee monitors, and
are refused on any other, through the admin."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accounts.roles import COMMITTEE_MEMBERS, ROLE_PERMISSIONS
from climate_plan import rules
from climate_plan.models import ActionUpdate
from tests.factories.plan import ObjectivePageFactory, ThemePageFactory, committee_for

ADD_URL = "wagtailsnippets_climate_plan_actionupdate:add"


def role_group(name):
    group, _ = Group.objects.get_or_create(name=name)
    for dotted in ROLE_PERMISSIONS[name]:
        app_label, codename = dotted.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group


@pytest.fixture
def member(django_user_model):
    user = django_user_model.objects.create_user(
        email="membre@example.org", password="x" * 12
    )
    user.groups.add(role_group(COMMITTEE_MEMBERS))
    return user


@pytest.fixture
def actions(plan, theme, objective, make_action, member):
    """Two actions: one monitored by the member's committee, one in another theme."""
    monitored = make_action(title="Pistes", slug="pistes")
    other_theme = ThemePageFactory(parent=plan, title="Énergie", slug="energie")
    other_objective = ObjectivePageFactory(
        parent=other_theme, title="Isoler", slug="isoler"
    )
    elsewhere = make_action(parent=other_objective, title="Écoles", slug="ecoles")
    committee_for(theme, [monitored], users=[member])
    committee_for(other_theme, [elsewhere])
    return monitored, elsewhere


def form_data(action):
    return {
        "action": action.pk,
        "date": "2024-05-02",
        "language": "fr",
        "text": "Les travaux ont commencé.",
        "signed": "Comité mobilités",
        "status": "in_progress",
        "progress": "30",
    }


@pytest.mark.django_db
def test_member_adds_an_update_to_a_monitored_action(client, member, actions):
    monitored, _ = actions
    client.force_login(member)

    response = client.post(reverse(ADD_URL), form_data(monitored))

    assert response.status_code == 302
    update = ActionUpdate.objects.get()
    assert update.action == monitored and update.author == member
    assert "Les travaux ont commencé." in client.get(monitored.url).content.decode()


@pytest.mark.django_db
def test_member_is_refused_on_an_action_their_committee_does_not_monitor(
    client, member, actions
):
    _, elsewhere = actions
    client.force_login(member)

    response = client.post(reverse(ADD_URL), form_data(elsewhere))

    assert response.status_code == 200  # the form again, with its error
    assert "action" in response.context["form"].errors
    assert not ActionUpdate.objects.exists()


@pytest.mark.django_db
def test_member_is_only_offered_monitored_actions(client, member, actions):
    monitored, elsewhere = actions
    client.force_login(member)

    html = client.get(reverse(ADD_URL)).content.decode()

    assert f'value="{monitored.pk}"' in html
    assert f'value="{elsewhere.pk}"' not in html


@pytest.mark.django_db
def test_a_member_who_leaves_the_group_loses_the_right(member, actions):
    monitored, elsewhere = actions
    assert rules.can_add_action_update(member, monitored)
    assert not rules.can_add_action_update(member, elsewhere)

    member.groups.clear()
    member = type(member).objects.get(pk=member.pk)  # fresh permission cache

    assert not rules.can_add_action_update(member, monitored)


@pytest.mark.django_db
def test_anonymous_visitors_cannot_reach_the_form(client, actions):
    response = client.get(reverse(ADD_URL))
    assert response.status_code == 302 and "/login/" in response["Location"]
