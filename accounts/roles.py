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

# Votes: administrators and moderators run campaigns (dashboard, codes, closing,
# applying results); participation agents only type in paper ballots.
VOTE_CAMPAIGN_PERMISSIONS = [
    "participation.add_votecampaign",
    "participation.change_votecampaign",
    "participation.delete_votecampaign",
    "participation.view_votecampaign",
    "participation.enter_paper_ballots",
]
ROLE_PERMISSIONS[ADMINISTRATORS] += VOTE_CAMPAIGN_PERMISSIONS
ROLE_PERMISSIONS[MODERATORS] += VOTE_CAMPAIGN_PERMISSIONS
ROLE_PERMISSIONS[AGENTS] += ["participation.enter_paper_ballots"]
