"""Who reaches which admin and account page: every role, a resident, a visitor.

Admin URLs are collected from the URL resolver, so a view that a module adds
later (through `register_admin_urls` or a viewset) is walked too: visitors and
residents must be refused there, staff must never get a server error, and no
refusal may show data. Access that depends on the role is asserted from a
small explicit table, plus rules derived from permissions for every registered
snippet and setting (so later snippets are covered without editing this file).
"""

import re
from http import HTTPStatus

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.menu import SubmenuMenuItem, admin_menu
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, Site
from wagtail.snippets.models import get_snippet_models

from accounts import roles
from home.admin_menu import RuleMenuItem
from tests.factories.accounts import UserFactory

ANONYMOUS = "anonymous visitor"
RESIDENT = "resident"
KINDS = [ANONYMOUS, RESIDENT, *roles.ROLES]
STAFF = set(roles.ROLES)
CONTENT_TEAM = {roles.EDITORS, roles.ADMINISTRATORS}
# Plan reviewers open and publish pages (approving publishes) and nothing else.
PAGE_TEAM = {*CONTENT_TEAM, roles.PLAN_REVIEWERS}

SENTINELS = {
    "email": "sentinel.resident@example.org",
    "page": "Sentinel draft page",
    "neighbourhood": "Sentinel neighbourhood",
}

# Admin pages anyone may open: signing in and its helpers, static catalogues.
PUBLIC_ADMIN = re.compile(
    r"^/admin/(login|password_reset(/done|/complete)?|jsi18n|localize/jsi18n|sprite)/$"
)
# Answers a staff member may get from an argument-free admin URL that expects
# parameters (a chooser without a model, a preview without a block).
STAFF_NEUTRAL = (HTTPStatus.BAD_REQUEST, HTTPStatus.NOT_FOUND)
# Test and error pages Wagtail ships, and the catch-all.
SKIPPED = re.compile(r"^/admin/(test404|failwhale|logout)/$")


def free_admin_paths():
    """Every admin URL without arguments, from the resolver."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    paths = []
    for route in walk(get_resolver().url_patterns, ""):
        if not route.startswith("admin/") or any(c in route for c in "<^$(\\*"):
            continue
        path = "/" + route
        if not SKIPPED.match(path):
            paths.append(path)
    return sorted(set(paths))


@pytest.fixture
def world(db):
    """A site with a draft page, a snippet, a resident: things that must not leak."""
    from climate_plan.models import Neighbourhood
    from home.models import ContentPage

    root_child = Page.objects.get(depth=2).specific
    page = ContentPage(title=SENTINELS["page"], slug="sentinel", live=False)
    root_child.add_child(instance=page)
    page.save_revision()
    Neighbourhood.objects.create(name=SENTINELS["neighbourhood"], slug="sentinel")
    resident = UserFactory(email=SENTINELS["email"], display_name="Sentinel")
    users = {ANONYMOUS: AnonymousUser(), RESIDENT: resident}
    for role in roles.ROLES:
        users[role] = UserFactory(roles=[role])
    return {
        "page": page,
        "resident": resident,
        "users": users,
        "site": Site.objects.get(),
    }


def explicit_table(world):
    """Role-dependent pages: path → the kinds allowed (200); all others refused."""
    page, resident = world["page"], world["resident"]
    return {
        "/admin/": STAFF,
        f"/admin/pages/{page.get_parent().pk}/": PAGE_TEAM,
        f"/admin/pages/{page.pk}/edit/": PAGE_TEAM,
        f"/admin/localize/submit/page/{page.pk}/": CONTENT_TEAM,
        "/admin/images/": CONTENT_TEAM,
        "/admin/documents/": CONTENT_TEAM,
        "/admin/redirects/": CONTENT_TEAM,
        "/admin/users/": {roles.ADMINISTRATORS},
        f"/admin/users/edit/{resident.pk}/": {roles.ADMINISTRATORS},
        "/admin/groups/": {roles.ADMINISTRATORS},
        "/admin/sites/": {roles.ADMINISTRATORS},
        "/admin/locales/": {roles.ADMINISTRATORS},
        "/admin/collections/": {roles.ADMINISTRATORS},
        "/admin/workflows/list/": {roles.ADMINISTRATORS},
        "/admin/accounts/blocks/": {roles.MODERATORS, roles.ADMINISTRATORS},
        "/admin/proposal-grouping/": {roles.MODERATORS, roles.ADMINISTRATORS},
        "/account/": {RESIDENT, *STAFF},
        "/account/delete/": {RESIDENT, *STAFF},
    }


def derived_table(world):
    """Snippets and settings: allowed exactly when the group's permissions say so."""
    table = {}
    for model in get_snippet_models():
        opts = model._meta
        perms = [
            f"{opts.app_label}.{action}_{opts.model_name}"
            for action in ("add", "change", "delete", "view")
        ]
        table[f"/admin/snippets/{opts.app_label}/{opts.model_name}/"] = {
            kind
            for kind, user in world["users"].items()
            if kind in STAFF and any(user.has_perm(p) for p in perms)
        }
    for model in settings_registry:
        opts = model._meta
        table[
            f"/admin/settings/{opts.app_label}/{opts.model_name}/{world['site'].pk}/"
        ] = {
            kind
            for kind, user in world["users"].items()
            if kind in STAFF
            and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
        }
    return table


def fetch(client, user, path):
    client.logout()
    if user.is_authenticated:
        client.force_login(user)
    return client.get(path)


REFUSALS = (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN, HTTPStatus.METHOD_NOT_ALLOWED)


def refusal_problems(response, path, kind):
    """What is wrong with this response as a refusal (empty: a clean refusal)."""
    if response.status_code not in REFUSALS:
        return [f"{kind} reached {path}: {response.status_code}"]
    if response.status_code == HTTPStatus.FOUND and kind == ANONYMOUS:
        if "login" not in response["Location"]:
            return [f"{path} sends visitors to {response['Location']}"]
    return leaks(response, path, kind)


def leaks(response, path, kind):
    body = response.content.decode(errors="replace")
    return [
        f"{path} shows the {what} to {kind}"
        for what, sentinel in SENTINELS.items()
        if sentinel in body
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_role_dependent_pages_allow_exactly_the_table(client, world, kind):
    user = world["users"][kind]
    table = {**explicit_table(world), **derived_table(world)}
    problems = []
    for path, allowed in table.items():
        response = fetch(client, user, path)
        if kind in allowed:
            if response.status_code != HTTPStatus.OK:
                problems.append(f"{kind} refused {path}: {response.status_code}")
        else:
            problems += refusal_problems(response, path, kind)
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS)
def test_every_admin_url_refuses_outsiders_and_never_fails_for_staff(
    client, world, kind
):
    user = world["users"][kind]
    problems = []
    for path in free_admin_paths():
        response = fetch(client, user, path)
        if kind in (ANONYMOUS, RESIDENT) and not PUBLIC_ADMIN.match(path):
            problems += refusal_problems(response, path, kind)
        elif response.status_code in (HTTPStatus.OK, *STAFF_NEUTRAL):
            problems += leaks(response, path, kind) if kind not in STAFF else []
        else:
            problems += refusal_problems(response, path, kind)
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_the_walk_covers_the_admin(world):
    paths = free_admin_paths()
    for expected in (
        "/admin/",
        "/admin/images/",
        "/admin/users/",
        "/admin/reports/site-history/",
        "/admin/accounts/blocks/",
    ):
        assert expected in paths
    assert len(paths) > 80


@pytest.mark.django_db
@pytest.mark.parametrize("kind", [RESIDENT, roles.EDITORS])
def test_downloaded_data_is_only_ones_own(client, world, kind):
    response = fetch(client, world["users"][kind], "/account/my-data/")
    assert response.status_code == HTTPStatus.OK
    if kind != RESIDENT:
        assert not leaks(response, "/account/my-data/", kind)


@pytest.mark.django_db
def test_visitors_are_sent_to_sign_in_from_account_pages(client, world):
    for path in ["/account/", "/account/my-data/", "/account/delete/", "/en/account/"]:
        response = client.get(path)
        assert response.status_code == HTTPStatus.FOUND
        assert "/accounts/login/" in response["Location"]


# Admin menu items shown by one rule (home.admin_menu.RuleMenuItem): url → roles.
RULE_MENU = {
    "/admin/accounts/blocks/": {roles.MODERATORS, roles.ADMINISTRATORS},
    "/admin/moderation/": {roles.MODERATORS, roles.ADMINISTRATORS},
    "/admin/votes/": {roles.MODERATORS, roles.AGENTS, roles.ADMINISTRATORS},
    "/admin/proposal-moderation/offline/new/": {roles.AGENTS, roles.ADMINISTRATORS},
    "/admin/proposal-moderation/import/": {roles.AGENTS, roles.ADMINISTRATORS},
    "/admin/proposal-moderation/export/": {roles.MODERATORS, roles.ADMINISTRATORS},
    "/admin/proposal-grouping/": {roles.MODERATORS, roles.ADMINISTRATORS},
    "/admin/objective-summaries/": {roles.MODERATORS, roles.ADMINISTRATORS},
}


def rule_menu_urls(menu, request):
    """The urls of the rule-shown items this request sees, submenus included."""
    for item in menu.menu_items_for_request(request):
        if isinstance(item, SubmenuMenuItem):
            yield from rule_menu_urls(item.menu, request)
        elif isinstance(item, RuleMenuItem):
            yield item.url


@pytest.mark.django_db
@pytest.mark.parametrize("role", roles.ROLES)
def test_rule_menu_items_show_exactly_to_the_roles_of_the_table(role):
    reverse("wagtailadmin_home")  # load the admin urls: viewsets add menu items then
    request = RequestFactory().get("/admin/")
    request.user = UserFactory(roles=[role])
    expected = {url for url, allowed in RULE_MENU.items() if role in allowed}
    assert set(rule_menu_urls(admin_menu, request)) == expected
