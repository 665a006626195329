"""Who may follow what. Pure functions: no writes, no requests."""

from accounts.rules import has_verified_email

# The plan pages one may follow (app label, model name).
FOLLOWABLE_PAGES = {
    ("climate_plan", "objectivepage"),
    ("climate_plan", "actionpage"),
    ("climate_plan", "committeepage"),
}


def is_followable_page(page):
    """True for a live objective, action or committee page."""
    specific_class = page.specific_class
    meta = specific_class._meta if specific_class else None
    return bool(
        meta and (meta.app_label, meta.model_name) in FOLLOWABLE_PAGES and page.live
    )


def is_followable_proposal(proposal):
    """Only public proposals can be followed (a follower may open its page)."""
    return bool(proposal.status.is_public)


def can_follow(user):
    """Signed in with a verified address: follows lead to emails."""
    return bool(getattr(user, "is_authenticated", False) and has_verified_email(user))
