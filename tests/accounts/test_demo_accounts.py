"""The demo's accounts and privacy page."""

import pytest
from wagtail.models import Site

from accounts import roles, rules
from accounts.demo import ALSO_IN, RESIDENTS, STAFF, demo_residents
from accounts.models import User
from home.models import SiteSettings


@pytest.mark.django_db
def test_demo_has_verified_residents_one_account_per_role_and_a_privacy_page(
    demo_site, client
):
    residents = demo_residents()
    assert [user.email for user in residents] == [email for email, _ in RESIDENTS]
    assert all(rules.can_contribute(user) for user in residents)
    for email, _name, role in STAFF:
        assert set(
            User.objects.get(email=email).groups.values_list("name", flat=True)
        ) == {role, *ALSO_IN.get(role, [])}
    assert {role for *_, role in STAFF} == set(roles.ROLES)

    privacy = SiteSettings.for_site(Site.objects.get(is_default_site=True)).privacy_page
    response = client.get(privacy.url)
    assert response.status_code == 200
    assert "Données personnelles" in response.content.decode()
    # The translations through wagtail-localize (served at /en/ and /es/ in the
    # demo; see the site-wide crawl).
    titles = {
        page.locale.language_code: (page.title, page.live)
        for page in privacy.get_translations(inclusive=True).select_related("locale")
    }
    assert titles == {
        "fr": ("Données personnelles", True),
        "en": ("Personal data", True),
        "es": ("Datos personales", True),
    }


@pytest.mark.django_db
def test_demo_committee_account_may_update_the_mobility_actions_only(demo_site):
    from climate_plan import rules as plan_rules
    from climate_plan.models import ActionPage, CommitteePage

    account = User.objects.get(email="committee@example.org")
    mobility = CommitteePage.objects.get(
        members__user=account, locale__language_code="fr"
    )
    assert "Mobilités" in mobility.title
    monitored = {entry.action for entry in mobility.monitored_actions.all()}
    assert monitored
    others = ActionPage.objects.filter(locale__language_code="fr").exclude(
        pk__in=[action.pk for action in monitored]
    )
    assert all(plan_rules.can_add_action_update(account, a) for a in monitored)
    assert not any(plan_rules.can_add_action_update(account, a) for a in others)
