"""“This action needs / enables”: loops refused in the admin with a message
naming them, and both actions showing the link."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from climate_plan.dependencies import find_cycle
from climate_plan.models import ActionDependency


@pytest.fixture
def admin_user(django_user_model):
    user = django_user_model.objects.create_superuser(
        email="admin@example.org", password="x" * 12
    )
    UserProfile.objects.update_or_create(
        user=user, defaults={"preferred_language": "en"}
    )
    return user


def needing(action, *needed):
    """Store links directly, as earlier saves in the admin would have."""
    for other in needed:
        ActionDependency.objects.create(action=action, needed=other)


def edit_needs(client, action, *needed):
    """Post the action's admin form with these needed actions."""
    data = nested_form_data(
        {
            "title": action.title,
            "slug": action.slug,
            "intro": "",
            "body": streamfield([]),
            "status": action.status,
            "progress": action.progress,
            "lead_service": "",
            "partners": "",
            "needs": inline_formset([{"needed": page.pk} for page in needed]),
            "indicator_links": inline_formset([]),
            "responsibilities": inline_formset([]),
            "contacts": inline_formset([]),
            "tasks": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[action.pk]), data)


@pytest.fixture
def actions(make_action):
    return [
        make_action(title=f"Action {letter}", slug=f"action-{letter.lower()}")
        for letter in "ABCD"
    ]


@pytest.mark.django_db
def test_an_action_may_need_another_and_both_pages_say_so(client, admin_user, actions):
    a, b = actions[:2]
    client.force_login(admin_user)

    response = edit_needs(client, a, b)

    assert response.status_code == 302
    assert list(a.needs.values_list("needed", flat=True)) == [b.pk]
    client.logout()
    page_a = client.get(a.url).content.decode()
    page_b = client.get(b.url).content.decode()
    assert 'id="needs-title"' in page_a and f'href="{b.url}"' in page_a
    assert 'id="enables-title"' in page_b and f'href="{a.url}"' in page_b


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("stored", "edited", "needed", "loop"),
    [
        # A needs B needs A
        ([("B", "A")], "A", ["B"], "“Action A” needs “Action B” needs “Action A”"),
        # A → B → C → D → A
        (
            [("B", "C"), ("C", "D"), ("D", "A")],
            "A",
            ["B"],
            "“Action A” needs “Action B” needs “Action C” needs “Action D” "
            "needs “Action A”",
        ),
    ],
)
def test_a_loop_of_needs_is_refused_with_the_loop_named(
    client, admin_user, actions, stored, edited, needed, loop
):
    by_letter = dict(zip("ABCD", actions, strict=True))
    for source, target in stored:
        needing(by_letter[source], by_letter[target])
    client.force_login(admin_user)

    response = edit_needs(client, by_letter[edited], *(by_letter[n] for n in needed))

    assert response.status_code == 200  # the form again, nothing saved
    html = response.content.decode()
    assert "This would make a loop" in html and loop in html
    assert not by_letter[edited].needs.exists()


@pytest.mark.django_db
def test_an_action_cannot_need_itself(client, admin_user, actions):
    client.force_login(admin_user)

    response = edit_needs(client, actions[0], actions[0])

    assert "An action cannot need itself." in response.content.decode()
    assert not ActionDependency.objects.exists()


@pytest.mark.django_db
def test_the_loop_message_is_in_the_editors_language(client, admin_user, actions):
    needing(actions[1], actions[0])
    UserProfile.objects.filter(user=admin_user).update(preferred_language="fr")
    client.force_login(admin_user)

    html = edit_needs(client, actions[0], actions[1]).content.decode()

    assert "Cela créerait une boucle" in html
    assert "“Action A” a besoin de “Action B” a besoin de “Action A”" in html


def test_a_branch_that_does_not_come_back_is_no_loop():
    graph = {"B": {"C"}, "C": {"D"}, "E": {"A"}}

    assert find_cycle(graph, "A", ["B"]) is None  # A → B → C → D; E → A is fine
    assert find_cycle(graph, "A", ["E"]) == ["A", "E", "A"]
    assert find_cycle(graph, "A", ["A"]) == ["A", "A"]


@pytest.mark.django_db
def test_the_plan_lists_dependencies_before_drawing_them(client, plan, actions):
    a, b, c, _d = actions
    needing(a, b)
    needing(b, c)

    html = client.get(plan.url + "dependencies/").content.decode()

    assert html.index('class="dependency-list"') < html.index(
        'class="dependency-diagram__svg"'
    )
    assert html.count('class="dependency-diagram__edge"') == 2
    assert all(f">{title}</a>" in html for title in ("Action A", "Action B"))
    assert "Action D" not in html  # no link, not listed
