"""A comment refused because the session expired or the form's token is
stale is kept, and offered back pre-filled once the resident is signed in;
the address comments are posted to never answers a blank 405."""

import pytest
from django.test import Client
from django.urls import reverse

from participation.comments import services
from participation.comments.models import Comment
from tests.participation.sign_in_steps import sign_in_from

pytestmark = pytest.mark.django_db

BODY = "Il faudrait un composteur dans chaque cour d’immeuble."
KEPT = "Ce que vous aviez écrit est gardé ci-dessous"


def post_url(page):
    return reverse("participation:comment_create", args=["wagtailcore.page", page.pk])


def test_a_comment_sent_after_the_session_expired_comes_back_after_sign_in(
    pages, resident
):
    browser = Client()
    response = browser.post(post_url(pages["fr"]), {"body": BODY})
    assert not Comment.objects.exists()

    page = sign_in_from(browser, response, resident)
    html = page.content.decode()
    assert KEPT in html
    assert f">{BODY}</textarea>" in html

    browser.post(post_url(pages["fr"]), {"body": BODY})
    assert Comment.objects.get().body == BODY
    html = browser.get(pages["fr"].url).content.decode()
    assert KEPT not in html


def test_a_reply_sent_after_the_session_expired_comes_back_after_sign_in(
    pages, resident, other_resident
):
    first = services.post_comment(other_resident, pages["fr"], "Bonjour", language="fr")
    reply_url = reverse("participation:comment_reply", args=[first.pk])
    browser = Client()
    response = browser.post(reply_url, {"body": BODY})

    page = sign_in_from(browser, response, resident)
    html = page.content.decode()
    assert KEPT in html and f">{BODY}</textarea>" in html


def test_a_stale_form_token_keeps_the_comment(client, pages, resident):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(resident)
    response = browser.post(post_url(pages["fr"]), {"body": BODY})
    assert response.status_code == 403
    assert BODY in response.content.decode()

    html = browser.get(post_url(pages["fr"]), follow=True).content.decode()
    assert KEPT in html and f">{BODY}</textarea>" in html


def test_opening_the_comment_address_leads_to_the_conversation(client, pages):
    response = client.get(post_url(pages["fr"]))
    assert response.status_code == 302
    assert response.url == f"{pages['fr'].url}#comments"
