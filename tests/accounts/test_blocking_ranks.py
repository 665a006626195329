"""Roles protect each other: who may block whom, over every pair of account kinds.

The table is written out by hand (not derived from the rule under test):
moderators block residents only, administrators also block staff below them,
only a superuser blocks an administrator, and nobody blocks a superuser.
"""

import pytest
from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import User
from accounts.services import NotAllowed, block_user
from tests.factories.accounts import UserFactory

RESIDENT = "resident"
SUPERUSER = "superuser"
KINDS = [RESIDENT, *roles.ROLES, SUPERUSER]
BELOW_ADMINISTRATORS = {
    RESIDENT,
    roles.EDITORS,
    roles.PLAN_REVIEWERS,
    roles.MODERATORS,
    roles.AGENTS,
    roles.COMMITTEE_MEMBERS,
}
MAY_BLOCK = {
    roles.MODERATORS: {RESIDENT},
    roles.ADMINISTRATORS: BELOW_ADMINISTRATORS,
    SUPERUSER: BELOW_ADMINISTRATORS | {roles.ADMINISTRATORS},
}
PAIRS = [(actor, target) for actor in KINDS for target in KINDS]


def account(kind, **kwargs):
    if kind == RESIDENT:
        user = UserFactory(**kwargs)
    elif kind == SUPERUSER:
        user = UserFactory(is_superuser=True, is_staff=True, **kwargs)
    else:
        user = UserFactory(**kwargs)
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get(name=kind))
    return User.objects.get(pk=user.pk)  # permissions not cached


def expected(actor, target):
    return target in MAY_BLOCK.get(actor, set())


@pytest.mark.django_db
@pytest.mark.parametrize(("actor_kind", "target_kind"), PAIRS)
def test_blocking_from_the_admin_follows_the_ranks(client, actor_kind, target_kind):
    actor, target = account(actor_kind), account(target_kind, display_name="Target")
    client.force_login(actor)
    response = client.post(
        f"/admin/accounts/blocks/{target.pk}/block/", {"reason": "Test"}
    )
    target.refresh_from_db()
    assert (target.blocked_until is not None) == expected(actor_kind, target_kind)
    if actor_kind in MAY_BLOCK and not expected(actor_kind, target_kind):
        assert response.status_code == 302
        page = client.get(response["Location"]).content.decode()
        assert "Vous ne pouvez pas bloquer ni débloquer Target" in page
    elif actor_kind not in MAY_BLOCK:
        assert response.status_code in (302, 403)


@pytest.mark.django_db
@pytest.mark.parametrize(("actor_kind", "target_kind"), PAIRS)
def test_the_block_service_refuses_what_the_ranks_forbid(actor_kind, target_kind):
    actor, target = account(actor_kind), account(target_kind)
    if expected(actor_kind, target_kind):
        block_user(target, reason="Test", by=actor)
        target.refresh_from_db()
        assert target.blocked_until is not None
    else:
        with pytest.raises(NotAllowed):
            block_user(target, reason="Test", by=actor)
        target.refresh_from_db()
        assert target.blocked_until is None


@pytest.mark.django_db
@pytest.mark.parametrize("kind", [roles.MODERATORS, roles.ADMINISTRATORS, SUPERUSER])
def test_nobody_blocks_themselves(kind):
    actor = account(kind)
    with pytest.raises(NotAllowed):
        block_user(actor, reason="Test", by=actor)


@pytest.mark.django_db
def test_a_moderator_cannot_unblock_a_staff_account_an_administrator_blocked(client):
    administrator = account(roles.ADMINISTRATORS)
    agent = account(roles.AGENTS, display_name="Agent Smith")
    block_user(agent, reason="Left the team", by=administrator)
    client.force_login(account(roles.MODERATORS))
    client.post(f"/admin/accounts/blocks/{agent.pk}/unblock/")
    agent.refresh_from_db()
    assert agent.blocked_until is not None


@pytest.mark.django_db
def test_the_block_list_offers_no_button_for_accounts_above_the_moderator(client):
    administrator = account(roles.ADMINISTRATORS, display_name="Chief Admin")
    client.force_login(account(roles.MODERATORS))
    html = client.get("/admin/accounts/blocks/?q=Chief").content.decode()
    assert "Chief Admin" in html
    assert f"/admin/accounts/blocks/{administrator.pk}/block/" not in html
