"""Fixtures for the proposal tests: a site, a plan, a call and a page with the blocks."""

import uuid

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage
from participation.proposals.statuses import ensure_default_statuses
from tests.factories.proposals import (
    NeighbourhoodFactory,
    ProposalCallFactory,
    UserFactory,
    plan,
)

FORM_BLOCK_ID = str(uuid.UUID(int=1))
LIST_BLOCK_ID = str(uuid.UUID(int=2))


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def seeded_proposal_data(request):
    """The data migrations' rows (statuses, locale, root page) even after a test
    with `transaction=True` has flushed the database."""
    uses_db = request.node.get_closest_marker("django_db") or {
        "db",
        "transactional_db",
    } & set(request.fixturenames)
    if not uses_db:
        return
    request.getfixturevalue("_django_db_helper")
    ensure_default_statuses()
    Locale.objects.get_or_create(language_code="fr")
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default())
        )


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = HomePage(title="Accueil", slug="accueil", locale=Locale.get_default())
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"root_page": home, "hostname": "localhost", "port": 80},
    )
    return home


@pytest.fixture
def themes(home):
    return plan(themes=3, objectives=2, actions=1)


@pytest.fixture
def neighbourhood(db):
    return NeighbourhoodFactory(name="Centre-ville", slug="centre-ville")


@pytest.fixture
def call(themes):
    return ProposalCallFactory(title="Appel 2021")


@pytest.fixture
def resident(db):
    return UserFactory(email="amina@example.org", display_name="Amina")


@pytest.fixture
def proposal_page(home, call):
    page = ContentPage(
        title="Proposer",
        slug="proposer",
        body=[
            {
                "type": "proposal_form",
                "id": FORM_BLOCK_ID,
                "value": {
                    "call": call.pk,
                    "heading": "Faites une proposition",
                    "intro": "Votre idée pour le climat.",
                    "sign_in_text": "Connectez-vous pour proposer.",
                    "title_label": "Titre de votre idée",
                    "text_label": "",
                    "theme_label": "",
                    "neighbourhood_label": "",
                    "tags_label": "",
                    "consent_label": "",
                    "submit_label": "Envoyer",
                    "success_message": "Merci, bien reçu !",
                    "closed_message": "L’appel est clos.",
                },
            },
            {
                "type": "proposal_list",
                "id": LIST_BLOCK_ID,
                "value": {
                    "heading": "Dernières propositions",
                    "intro": "",
                    "call": call.pk,
                    "sort": "newest",
                    "count": 6,
                    "link_label": "",
                },
            },
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def action_url(page):
    return page.url + page.reverse_subpage("participate", args=[FORM_BLOCK_ID])


def valid_post(theme, **overrides):
    data = {
        "title": "Des arceaux vélos devant l’école",
        "text": "Les enfants viennent à vélo mais ne peuvent pas l’attacher.",
        "theme": theme.pk,
        "neighbourhood": "",
        "tags": "Vélo,  École , vélo",
        "publish_pseudonym": "on",
        "website": "",
    }
    data.update(overrides)
    return data
