"""Who may group proposals. Pure functions: no writes, no requests."""


def can_group(user):
    """Staff with the grouping permission (moderators and administrators)
    run grouping suggestions and decide on them; editors and residents don't."""
    return bool(
        user
        and getattr(user, "is_authenticated", False)
        and user.has_perm("participation.group_proposals")
    )
