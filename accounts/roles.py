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
    MODERATORS: ["wagtailadmin.access_admin", "participation.moderate_reports"],
    AGENTS: ["wagtailadmin.access_admin"],
    COMMITTEE_MEMBERS: ["wagtailadmin.access_admin"],
    ADMINISTRATORS: ["wagtailadmin.access_admin", "participation.moderate_reports"],
}

# Proposals: moderators review, answer and export; agents enter what residents
# said offline (one by one or by import) and nothing else; administrators also
# run the calls and edit the statuses.
PROPOSAL_PERMISSIONS = {
    MODERATORS: [
        "participation.view_proposal",
        "participation.change_proposal",
        "participation.moderate_proposal",
        "participation.export_proposals",
        "participation.view_proposalcall",
    ],
    AGENTS: [
        "participation.enter_offline_proposal",
        "participation.import_proposals",
    ],
    ADMINISTRATORS: [
        "participation.view_proposal",
        "participation.change_proposal",
        "participation.moderate_proposal",
        "participation.export_proposals",
        "participation.enter_offline_proposal",
        "participation.import_proposals",
        "participation.add_proposalcall",
        "participation.change_proposalcall",
        "participation.delete_proposalcall",
        "participation.view_proposalcall",
        "participation.add_proposalstatus",
        "participation.change_proposalstatus",
        "participation.view_proposalstatus",
    ],
}
for _role, _permissions in PROPOSAL_PERMISSIONS.items():
    ROLE_PERMISSIONS[_role] = [*ROLE_PERMISSIONS[_role], *_permissions]
