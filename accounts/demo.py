"""Demo accounts.

Residents with verified emails that other demo builders may use as authors,
supporters and voters (`demo_residents()`) and one staff account per role
(the privacy page is built with the other legal pages, legal/demo.py). The passwords
are for local use only (README, "Accounts").
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import User

RESIDENT_PASSWORD = "agir-demo-resident"
STAFF_PASSWORD = "agir-demo-staff"

# (email, public pseudonym)
RESIDENTS = [
    ("nour@example.org", "Nour B"),
    ("camille@example.org", "Camille"),
    ("mamadou@example.org", "Mamadou D"),
    ("lucia@example.org", "Lucía"),
    ("jeanne@example.org", "Jeanne R"),
    ("theo@example.org", "Théo"),
]
# Plan reviewers are editors who also approve the plan's pages.
ALSO_IN = {roles.PLAN_REVIEWERS: [roles.EDITORS]}
STAFF = [
    ("editor@example.org", "Équipe communication", roles.EDITORS),
    ("reviewer@example.org", "Relecture du plan", roles.PLAN_REVIEWERS),
    ("moderator@example.org", "Modération", roles.MODERATORS),
    ("agent@example.org", "Agent de participation", roles.AGENTS),
    ("committee@example.org", "Comité de suivi", roles.COMMITTEE_MEMBERS),
    ("administrator@example.org", "Administration", roles.ADMINISTRATORS),
]


def demo_residents():
    """The demo residents, in a stable order (for authors, supporters, voters)."""
    emails = [email for email, _ in RESIDENTS]
    by_email = {user.email: user for user in User.objects.filter(email__in=emails)}
    return [by_email[email] for email in emails if email in by_email]


def ensure_user(email, display_name, password, **fields):
    """The account with this email, created with a verified address if missing."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(email=email, display_name=display_name, **fields)
        user.set_password(password)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def join_first_committee(user):
    """Seat the demo committee account on the first theme's committee
    (Mobility), so it may add updates to the actions that committee monitors."""
    from wagtail.models import Locale

    from climate_plan.models import CommitteeMember, CommitteePage

    committee = (
        CommitteePage.objects.filter(locale=Locale.get_default())
        .order_by("path")
        .first()
    )
    if committee is None or committee.members.filter(user=user).exists():
        return
    committee.members.add(
        CommitteeMember(
            name=user.display_name, college="residents", organisation="", user=user
        )
    )
    committee.save_revision().publish()


def build(demo):
    from climate_plan.models import Neighbourhood

    neighbourhoods = list(Neighbourhood.objects.all())
    for index, (email, name) in enumerate(RESIDENTS):
        user = ensure_user(email, name, RESIDENT_PASSWORD, preferred_language="fr")
        if neighbourhoods and user.neighbourhood_id is None:
            user.neighbourhood = neighbourhoods[index % len(neighbourhoods)]
            user.save(update_fields=["neighbourhood"])
    for email, name, role in STAFF:
        user = ensure_user(email, name, STAFF_PASSWORD, is_staff=True)
        user.groups.set(Group.objects.filter(name__in=[role, *ALSO_IN.get(role, [])]))
        if role == roles.COMMITTEE_MEMBERS:
            join_first_committee(user)
