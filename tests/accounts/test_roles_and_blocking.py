"""Staff roles, staff sessions and blocked accounts."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupCollectionPermission, GroupPagePermission, ModelLogEntry

from accounts import roles, rules
from accounts.middleware import STAFF_SESSION_KEY
from accounts.services import FOREVER, block_user, unblock_user
from tests.factories.accounts import PASSWORD, UserFactory


def codenames(group_name):
    group = Group.objects.get(name=group_name)
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }


@pytest.mark.django_db
def test_every_role_exists_after_migrate():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)


@pytest.mark.django_db
def test_editors_get_pages_media_translations_and_content_snippets():
    granted = codenames(roles.EDITORS)
    assert {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "home.change_footertext",
        "climate_plan.change_neighbourhood",
    } <= granted
    assert "accounts.change_user" not in granted
    assert "accounts.block_user" not in granted
    pages = GroupPagePermission.objects.filter(group__name=roles.EDITORS)
    assert {p.permission.codename for p in pages} == set(
        roles.PAGE_PERMISSIONS[roles.EDITORS]
    )
    assert all(p.page.depth == 1 for p in pages)
    collections = GroupCollectionPermission.objects.filter(group__name=roles.EDITORS)
    assert "add_image" in {p.permission.codename for p in collections}


@pytest.mark.django_db
def test_moderators_may_block_but_not_edit_pages_or_users():
    granted = codenames(roles.MODERATORS)
    assert "accounts.block_user" in granted
    assert "accounts.change_user" not in granted
    assert not GroupPagePermission.objects.filter(group__name=roles.MODERATORS).exists()


@pytest.mark.django_db
def test_agents_and_committee_members_only_reach_the_admin_for_now():
    for role in (roles.AGENTS, roles.COMMITTEE_MEMBERS):
        granted = codenames(role)
        assert "wagtailadmin.access_admin" in granted
        assert set(granted) <= set(roles.ROLE_PERMISSIONS[role])


@pytest.mark.django_db
def test_administrators_manage_users_and_groups():
    granted = codenames(roles.ADMINISTRATORS)
    assert {"accounts.add_user", "accounts.change_user", "auth.change_group"} <= granted


@pytest.mark.django_db
def test_sync_roles_is_idempotent_and_removes_stray_permissions(monkeypatch):
    before = {role: codenames(role) for role in roles.ROLES}
    editors = Group.objects.get(name=roles.EDITORS)
    from django.contrib.auth.models import Permission

    editors.permissions.add(Permission.objects.get(codename="delete_user"))
    roles.sync_roles()
    roles.sync_roles()
    assert {role: codenames(role) for role in roles.ROLES} == before


@pytest.mark.django_db
def test_permissions_named_by_later_modules_are_granted_when_they_exist(monkeypatch):
    monkeypatch.setitem(
        roles.ROLE_PERMISSIONS,
        roles.AGENTS,
        [
            *roles.ROLE_PERMISSIONS[roles.AGENTS],
            "home.change_footertext",
            "nowhere.do_magic",
        ],
    )
    call_command("migrate", verbosity=0)
    assert "home.change_footertext" in codenames(roles.AGENTS)


@pytest.mark.django_db
def test_staff_session_ends_after_the_staff_limit(client, settings):
    editor = UserFactory(email="editor@example.org", roles=[roles.EDITORS])
    client.post(
        "/accounts/login/",
        {"login": editor.email, "password": PASSWORD, "remember": "on"},
    )
    assert client.session.get(STAFF_SESSION_KEY)
    assert client.session.get_expire_at_browser_close()
    session = client.session
    session[STAFF_SESSION_KEY] -= settings.AGIR_STAFF_SESSION_SECONDS + 1
    session.save()
    assert client.get("/account/").status_code == 302


@pytest.mark.django_db
def test_resident_session_lasts_longer(client, settings):
    resident = UserFactory(email="resident@example.org")
    client.post(
        "/accounts/login/",
        {"login": resident.email, "password": PASSWORD, "remember": "on"},
    )
    assert STAFF_SESSION_KEY not in client.session
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    assert not client.session.get_expire_at_browser_close()
    assert settings.SESSION_COOKIE_AGE > settings.AGIR_STAFF_SESSION_SECONDS


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/en", "/es"])
def test_blocked_resident_cannot_sign_in_and_sees_why_and_until_when(client, prefix):
    moderator = UserFactory(roles=[roles.MODERATORS])
    resident = UserFactory(email="noisy@example.org")
    block_user(
        resident,
        until=datetime.date(2031, 3, 14),
        reason="Insults in comments",
        by=moderator,
    )
    response = client.post(
        f"{prefix}/accounts/login/", {"login": resident.email, "password": PASSWORD}
    )
    assert response.status_code == 403
    body = response.content.decode()
    assert "Insults in comments" in body
    assert "2031" in body
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_blocking_signs_out_stops_contributions_and_is_logged(client):
    moderator = UserFactory(roles=[roles.MODERATORS])
    resident = UserFactory()
    client.force_login(resident)
    block_user(resident, reason="Spam", by=moderator)
    resident.refresh_from_db()
    assert resident.blocked_until == FOREVER
    assert rules.block_is_permanent(resident)
    assert not rules.can_contribute(resident)
    assert client.get("/account/").status_code == 302
    assert ModelLogEntry.objects.filter(
        action="accounts.block", user=moderator
    ).exists()

    unblock_user(resident, by=moderator)
    assert rules.can_contribute(resident)
    assert ModelLogEntry.objects.filter(action="accounts.unblock").exists()


@pytest.mark.django_db
def test_a_block_that_ran_out_no_longer_counts():
    resident = UserFactory(blocked_until=timezone.now() - datetime.timedelta(minutes=1))
    assert rules.can_contribute(resident)


@pytest.mark.django_db
def test_moderator_blocks_from_the_admin(client):
    moderator = UserFactory(roles=[roles.MODERATORS])
    resident = UserFactory(display_name="Noisy")
    client.force_login(moderator)
    assert "Noisy" in client.get("/admin/accounts/blocks/?q=nois").content.decode()
    response = client.post(
        f"/admin/accounts/blocks/{resident.pk}/block/",
        {"until": "2031-01-01", "reason": "Spam"},
    )
    assert response.status_code == 302
    resident.refresh_from_db()
    assert resident.blocked_until.year == 2031
    client.post(f"/admin/accounts/blocks/{resident.pk}/unblock/")
    resident.refresh_from_db()
    assert resident.blocked_until is None


@pytest.mark.django_db
def test_editors_cannot_block(client):
    editor = UserFactory(roles=[roles.EDITORS])
    resident = UserFactory()
    client.force_login(editor)
    response = client.post(
        f"/admin/accounts/blocks/{resident.pk}/block/", {"reason": "x"}
    )
    assert response.status_code in (302, 403)
    resident.refresh_from_db()
    assert resident.blocked_until is None


def test_production_cookies_are_secure(monkeypatch):
    import importlib
    import sys

    import climate_site.settings.base as base

    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 50)
    monkeypatch.setenv("AGIR_VOTER_KEY_SECRET", "y" * 50)
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("DEFAULT_FROM_EMAIL", "Ville d'Ivry <climat@ivry.example>")
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://climat.ivry.example")
    importlib.reload(base)  # it read the environment when first imported
    monkeypatch.delitem(sys.modules, "climate_site.settings.production", raising=False)
    production = importlib.import_module("climate_site.settings.production")
    assert production.SESSION_COOKIE_SECURE
    assert production.CSRF_COOKIE_SECURE
    assert production.SESSION_COOKIE_HTTPONLY
    assert production.AGIR_STAFF_SESSION_SECONDS < production.SESSION_COOKIE_AGE


@pytest.mark.django_db
def test_blocked_staff_cannot_sign_in_to_the_admin_either(client):
    administrator = UserFactory(roles=[roles.ADMINISTRATORS])
    agent = UserFactory(email="agent@example.org", roles=[roles.AGENTS])
    block_user(agent, reason="Left the team", by=administrator)
    response = client.post(
        "/admin/login/", {"username": agent.email, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert (
        "blocked" in response.content.decode() or "bloqué" in response.content.decode()
    )


@pytest.mark.django_db
def test_administrators_see_and_edit_the_pseudonym_in_the_user_admin(client):
    admin = UserFactory(roles=[roles.ADMINISTRATORS])
    resident = UserFactory(display_name="Nour")
    client.force_login(admin)
    page = client.get(f"/admin/users/edit/{resident.pk}/")
    assert 'name="display_name"' in page.content.decode()
    assert 'value="Nour"' in page.content.decode()
    assert 'name="display_name"' in client.get("/admin/users/new/").content.decode()


@pytest.mark.django_db
def test_administrators_save_a_user_without_first_and_last_names(client):
    admin = UserFactory(roles=[roles.ADMINISTRATORS])
    resident = UserFactory(display_name="Nour")
    client.force_login(admin)
    response = client.post(
        f"/admin/users/edit/{resident.pk}/",
        {"email": resident.email, "display_name": "Nour B", "is_active": "on"},
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    resident.refresh_from_db()
    assert resident.display_name == "Nour B"
