"""A form sent with a stale or missing security token gets the site's page,
in the reader's language, saying what happened and what to do."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("prefix", "title", "other_words"),
    [
        ("", "Ce formulaire a expiré", "Retour à l’accueil"),
        ("/en", "This form has expired", "Back to the home page"),
        ("/es", "Este formulario ha caducado", "Volver a la página de inicio"),
    ],
)
def test_a_stale_form_explains_itself_in_the_readers_language(
    home, resident, prefix, title, other_words
):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(resident)
    response = browser.post(f"{prefix}/account/", {"body": "Mon texte"})
    html = response.content.decode()
    assert response.status_code == 403
    assert f"<title>{title}" in html
    assert f"<h1>{title}</h1>" in html and other_words in html
    lang = prefix.strip("/") or "fr"
    assert f'<html lang="{lang}"' in html
    assert 'class="site-header' in html or "<header" in html  # the site's page
    assert "CSRF" not in html


def test_a_visitor_whose_session_expired_is_asked_to_sign_in_first(home):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        "/es/participation/comments/on/wagtailcore.page/1/", {"body": "Mi texto"}
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "inicie sesión y encontrará" in html
    assert "Mi texto" in html
    assert "/es/accounts/login/?next=%2Fes%2Fparticipation%2Fcomments%2F" in html
