"""Staff roles: one Wagtail group each, with exactly the permissions its job needs.

Each module adds the permissions it introduces to `ROLE_PERMISSIONS` (as
"app_label.codename"); `sync_roles()` (run by a data migration and again after
every migrate) creates the groups and grants what exists, so a new model's
permissions reach the right people without a hand-written migration per module.
A permission listed but not (yet) in the database is skipped, not an error.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
AGENTS = "Participation agents"
COMMITTEE_MEMBERS = "Committee members"
ADMINISTRATORS = "Administrators"
# Editors who also approve plan pages (climate_plan.models.review).
PLAN_REVIEWERS = "Plan reviewers"

ROLES = [EDITORS, PLAN_REVIEWERS, MODERATORS, AGENTS, COMMITTEE_MEMBERS, ADMINISTRATORS]

# Editors: the communications team's content snippets and translation tools.
EDITOR_CONTENT = [
    "wagtail_localize.submit_translation",
    "home.add_footertext",
    "home.change_footertext",
    "home.delete_footertext",
    "climate_plan.add_neighbourhood",
    "climate_plan.change_neighbourhood",
    "climate_plan.delete_neighbourhood",
    "climate_plan.add_indicator",
    "climate_plan.change_indicator",
    "climate_plan.delete_indicator",
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
]

ROLE_PERMISSIONS = {
    EDITORS: ["wagtailadmin.access_admin", *EDITOR_CONTENT],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "accounts.block_user",
        "participation.moderate_reports",
    ],
    AGENTS: ["wagtailadmin.access_admin"],
    PLAN_REVIEWERS: ["wagtailadmin.access_admin"],
    COMMITTEE_MEMBERS: ["wagtailadmin.access_admin"],
    ADMINISTRATORS: ["wagtailadmin.access_admin", "participation.moderate_reports"],
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
    "climate_plan.view_indicator",
]
ROLE_PERMISSIONS[COMMITTEE_MEMBERS] += ACTION_UPDATE_PERMISSIONS

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
for _proposal_role, _proposal_names in PROPOSAL_PERMISSIONS.items():
    ROLE_PERMISSIONS[_proposal_role] += _proposal_names

# Grouping suggestions (participation.grouping): moderators and administrators
# cluster a call's proposals and link them to objectives; editors don't.
for _grouping_role in (MODERATORS, ADMINISTRATORS):
    ROLE_PERMISSIONS[_grouping_role] += ["participation.group_proposals"]

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


# Page permissions on the root page (hence on every page), per role.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    # Approving a page publishes it: Wagtail checks the approver may publish.
    PLAN_REVIEWERS: ["change_page", "publish_page"],
    ADMINISTRATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}

# Image and document permissions on the root collection, per role.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    ADMINISTRATORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
        "wagtaildocs.choose_document",
        "wagtailcore.add_collection",
        "wagtailcore.change_collection",
        "wagtailcore.delete_collection",
    ],
}

# Administrators get every model permission; these stay with page and
# collection permissions (granted above), as Wagtail expects.
NOT_MODEL_WIDE = {
    "wagtailcore.add_page",
    "wagtailcore.change_page",
    "wagtailcore.delete_page",
    "wagtailcore.view_page",
    "wagtailcore.publish_page",
    "wagtailcore.lock_page",
    "wagtailcore.unlock_page",
    "wagtailcore.bulk_delete_page",
}


def _permissions(apps, names):
    """The Permission rows for "app_label.codename" names; missing ones skipped."""
    Permission = apps.get_model("auth", "Permission")
    wanted = {tuple(name.split(".", 1)) for name in names}
    if not wanted:
        return []
    return [
        permission
        for permission in Permission.objects.select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in wanted
    ]


def _all_model_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return [
        permission
        for permission in Permission.objects.select_related("content_type")
        if f"{permission.content_type.app_label}.{permission.codename}"
        not in NOT_MODEL_WIDE
    ]


def _sync_page_permissions(apps, group, codenames):
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    wanted = _permissions(apps, [f"wagtailcore.{name}" for name in codenames])
    GroupPagePermission.objects.filter(group=group).exclude(
        page=root, permission__in=wanted
    ).delete()
    if root is None:
        return
    for permission in wanted:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=permission
        )


def _sync_collection_permissions(apps, group, names):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    root = Collection.objects.filter(depth=1).first()
    wanted = _permissions(apps, names)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root, permission__in=wanted
    ).delete()
    if root is None:
        return
    for permission in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def sync_roles(apps=None):
    """Create the staff groups and give each exactly its permissions.

    Idempotent: run by a data migration (with the migration's `apps`) and after
    every migrate, so permissions of models added later are granted too.
    """
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        if role == ADMINISTRATORS:
            permissions = _all_model_permissions(apps)
        else:
            permissions = _permissions(apps, ROLE_PERMISSIONS.get(role, []))
        group.permissions.set(permissions)
        _sync_page_permissions(apps, group, PAGE_PERMISSIONS.get(role, []))
        _sync_collection_permissions(apps, group, COLLECTION_PERMISSIONS.get(role, []))
