"""Helpers of the proposal tests: the page holding the proposal blocks, what
its form posts, and where. The fixtures (`call`, `themes`, `proposal_page`...)
are in tests/conftest.py."""

import uuid

from home.models import ContentPage

FORM_BLOCK_ID = str(uuid.UUID(int=1))
LIST_BLOCK_ID = str(uuid.UUID(int=2))


def make_proposal_page(home, call):
    """A published page with the call's proposal form and list blocks."""
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
