"""The demo has every page type of the plan and of events, in three languages."""

import pytest
from wagtail.models import WorkflowPage

from climate_plan.models import (
    ActionPage,
    ActionUpdate,
    ClimatePlanPage,
    CommitteePage,
    ConferenceIndexPage,
    ConferencePage,
    ExhibitionPage,
    ExhibitPanelPage,
    Indicator,
    ObjectivePage,
    ThemePage,
)
from participation.models import EventIndexPage, EventPage

PAGE_TYPES = [
    ClimatePlanPage,
    ThemePage,
    ObjectivePage,
    ActionPage,
    CommitteePage,
    ExhibitionPage,
    ExhibitPanelPage,
    ConferenceIndexPage,
    ConferencePage,
    EventIndexPage,
    EventPage,
]


@pytest.mark.django_db
def test_every_page_type_is_served_in_every_language(demo_site, client):
    for model in PAGE_TYPES:
        for language in ("fr", "en", "es"):
            page = model.objects.live().filter(locale__language_code=language).first()
            assert page is not None, f"no {model.__name__} in {language}"
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert f'lang="{language}"' in response.content.decode()

    assert ThemePage.objects.filter(locale__language_code="fr").count() == 7
    assert CommitteePage.objects.filter(locale__language_code="fr").count() == 7
    assert ExhibitPanelPage.objects.filter(locale__language_code="fr").count() == 6
    assert (
        EventPage.objects.filter(
            locale__language_code="fr", event_type="workshop"
        ).count()
        >= 13
    )
    assert Indicator.objects.filter(locale__language_code="es").count() == 8
    assert set(ActionPage.objects.values_list("status", flat=True)) == {
        "planned",
        "in_progress",
        "done",
        "delayed",
        "abandoned",
    }
    assert ActionUpdate.objects.exists()
    assert WorkflowPage.objects.filter(page__slug="plan-climat").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("model", [ThemePage, ActionPage, EventPage, ExhibitPanelPage])
def test_every_demo_card_has_its_own_picture(demo_site, model):
    pages = model.objects.filter(locale__language_code="fr")
    pictures = [page.image_id for page in pages]
    assert None not in pictures
    assert len(set(pictures)) == len(pictures)  # each card looks different


@pytest.mark.django_db
def test_the_demo_plan_links_actions_and_indicators_in_every_language(
    demo_site, client
):
    from climate_plan.models import ActionDependency, ActionIndicator

    assert (
        ActionDependency.objects.filter(action__locale__language_code="fr").count()
        >= 15
    )
    assert ActionIndicator.objects.filter(action__locale__language_code="fr").exists()
    levels = set(Indicator.objects.values_list("level", flat=True))
    assert levels == {"strategic", "tactical", "operational"}
    for language in ("fr", "en", "es"):
        plan = ClimatePlanPage.objects.get(locale__language_code=language)
        for route in ("indicators/", "dependencies/", "wedge/"):
            response = client.get(plan.url + route)
            assert response.status_code == 200, plan.url + route
        html = client.get(plan.url + "dependencies/").content.decode()
        assert html.count('<li id="action-') >= 20
        homes = Indicator.objects.get(
            locale__language_code=language, unit__in=["logements", "homes", "viviendas"]
        )
        page = client.get(f"{plan.url}indicators/{homes.translation_key}/")
        assert page.status_code == 200
        assert page.content.decode().count('class="status status--') >= 3
