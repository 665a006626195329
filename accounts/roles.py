"""Staff roles: one Wagtail group each, with exactly the permissions its job needs.

Each module adds the permissions it introduces to `ROLE_PERMISSIONS` (as
"app_label.codename"); `sync_roles()` (run after every migrate) creates the
groups and grants what exists, so a new model's permissions reach the right
people without a hand-written migration per module.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
AGENTS = "Participation agents"
COMMITTEE_MEMBERS = "Committee members"
ADMINISTRATORS = "Administrators"

ROLES = [EDITORS, MODERATORS, AGENTS, COMMITTEE_MEMBERS, ADMINISTRATORS]

ROLE_PERMISSIONS = {
    EDITORS: ["wagtailadmin.access_admin"],
    MODERATORS: ["wagtailadmin.access_admin"],
    AGENTS: ["wagtailadmin.access_admin"],
    COMMITTEE_MEMBERS: ["wagtailadmin.access_admin"],
    ADMINISTRATORS: ["wagtailadmin.access_admin"],
}

# The plan: editors manage indicators and action updates; committee members add
# updates (climate_plan.rules limits them to the actions their committee monitors).
ACTION_UPDATE_PERMISSIONS = [
    "climate_plan.add_actionupdate",
    "climate_plan.change_actionupdate",
    "climate_plan.view_actionupdate",
]
ROLE_PERMISSIONS[EDITORS] += [
    *ACTION_UPDATE_PERMISSIONS,
    "climate_plan.delete_actionupdate",
    "climate_plan.add_indicator",
    "climate_plan.change_indicator",
    "climate_plan.delete_indicator",
    "climate_plan.view_indicator",
]
ROLE_PERMISSIONS[COMMITTEE_MEMBERS] += ACTION_UPDATE_PERMISSIONS
