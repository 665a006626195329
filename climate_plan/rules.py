"""Who may do what in the plan. Pure functions: they read, never write."""

from django.db.models import Q
from wagtail.permissions import page_permission_policy

from accounts.roles import COMMITTEE_MEMBERS


def monitored_action_keys(user):
    """Translation keys of the actions monitored by the committees `user` sits on."""
    from climate_plan.models import CommitteeMonitoredAction

    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        CommitteeMonitoredAction.objects.filter(committee__members__user=user)
        .values_list("action__translation_key", flat=True)
        .distinct()
    )


def is_committee_member(user):
    """True for an active account in the "Committee members" group."""
    return (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.groups.filter(name=COMMITTEE_MEMBERS).exists()
    )


def can_add_action_update(user, action):
    """May `user` publish a dated update on `action`?

    Whoever may edit the action's page may (editors, administrators); a
    committee member may only for the actions their committee monitors, and
    only with the permission to add updates.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if not user.has_perm("climate_plan.add_actionupdate"):
        return False
    if action.permissions_for_user(user).can_edit():
        return True
    return is_committee_member(
        user
    ) and action.translation_key in monitored_action_keys(user)


def updatable_actions(user):
    """The source-locale actions `user` may add updates to (for the admin chooser)."""
    from wagtail.models import Locale

    from climate_plan.models import ActionPage

    actions = ActionPage.objects.filter(locale=Locale.get_default()).order_by("path")
    if not getattr(user, "is_authenticated", False) or not user.has_perm(
        "climate_plan.add_actionupdate"
    ):
        return actions.none()
    if user.is_superuser:
        return actions
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    keys = monitored_action_keys(user) if is_committee_member(user) else set()
    return actions.filter(Q(pk__in=editable.values("pk")) | Q(translation_key__in=keys))
