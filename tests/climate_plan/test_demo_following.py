"""The demo shows how the plan is followed, in three languages: organisations,
contacts, phases, tasks, a few late and a few stale actions."""

import pytest
from django.core import mail
from wagtail.models import Locale

from climate_plan import timeliness
from climate_plan.models import ActionPage, ClimatePlanPage, Organisation
from climate_plan.reminders import send_reminders


def plan_in(language):
    return ClimatePlanPage.objects.get(locale__language_code=language)


@pytest.mark.django_db
def test_the_demo_has_late_and_stale_actions_among_its_43(demo_site):
    flags = timeliness.plan_flags(plan_in("fr"))

    assert len(flags) == 43
    assert 3 <= sum(f.is_late for f in flags.values()) <= 6
    assert 3 <= sum(f.is_stale for f in flags.values()) <= 6
    assert not ActionPage.objects.filter(
        locale=Locale.get_default(), responsibilities__isnull=True
    ).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "late", "stale", "phase", "task"),
    [
        ("fr", "En retard", "Pas de nouvelles depuis le", "Mise en œuvre", "Choix des"),
        ("en", "Past due", "No news since", "Implementation", "Choice of"),
        ("es", "Vencida", "Sin noticias desde el", "Ejecución", "Elección de"),
    ],
)
def test_the_demo_follows_the_plan_in_every_language(
    demo_site, client, language, late, stale, phase, task
):
    plan = plan_in(language)
    flags = timeliness.plan_flags(plan)
    late_action = ActionPage.objects.get(
        pk=next(pk for pk, f in flags.items() if f.is_late)
    )
    lead = Organisation.objects.get(
        locale__language_code=language, slug="mobilites-espace-public"
    )

    action_page = client.get(late_action.url).content.decode()
    stale_list = client.get(plan.url, {"timeliness": "stale"}).content.decode()
    organisation_page = client.get(f"{plan.url}organisations/{lead.slug}/")

    assert late in action_page and task in action_page
    assert stale in stale_list
    assert organisation_page.status_code == 200
    assert lead.name in organisation_page.content.decode()
    # The language switcher and the alternates lead to this organisation's page.
    for other in ("fr", "en", "es"):
        url = f"{plan_in(other).url}organisations/{lead.slug}/"
        assert f'hreflang="{other}" href="http://testserver{url}"' in (
            organisation_page.content.decode()
        )
    assert any(
        phase in client.get(a.url).content.decode()
        for a in ActionPage.objects.filter(
            locale__language_code=language, status="in_progress"
        )[:1]
    )


@pytest.mark.django_db
def test_the_demo_contacts_of_stale_actions_are_reminded(demo_site):
    assert send_reminders() > 0
    assert all("@ville.example" in m.to[0] for m in mail.outbox if "ville" in m.to[0])
