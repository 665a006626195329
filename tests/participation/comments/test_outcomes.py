"""After writing a comment the resident lands on it, highlighted, or on the
error summary when it is refused."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from participation.comments import services
from participation.comments.models import Comment
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def post_url(page):
    return reverse("participation:comment_create", args=["wagtailcore.page", page.pk])


def test_an_empty_comment_opens_at_the_error_summary(client, pages, resident):
    client.force_login(resident)
    page = client.get(pages["fr"].url).content.decode()
    assert f'action="{post_url(pages["fr"])}#comment-errors"' in page

    response = client.post(post_url(pages["fr"]), {"body": "   "})
    html = response.content.decode()
    assert response.status_code == 400
    tag = re.search(r'<div class="error-summary" id="comment-errors"[^>]*>', html)
    assert tag and 'role="group"' in tag.group(0)
    assert "data-error-summary" in tag.group(0)
    assert 'role="alert"' not in html
    assert 'href="#id_comment_body"' in html
    assert f'action="{post_url(pages["fr"])}#comment-errors"' in html


def test_a_new_comment_is_scrolled_to_highlighted_and_focused(client, pages, resident):
    client.force_login(resident)
    response = client.post(post_url(pages["fr"]), {"body": "Plus d’arbres rue Marat"})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response.url.endswith(f"?posted={comment.pk}#comment-{comment.pk}")

    html = client.get(response.url).content.decode()
    # the fragment's target is what takes focus, so the browser keeps it there
    item = re.search(rf'<li [^>]*id="comment-{comment.pk}"[^>]*>', html).group(0)
    assert "comment--posted" in item and "data-outcome" in item
    assert "Votre commentaire est publié." in html
    assert html.count("Votre commentaire est publié.") == 1

    # someone following the same address sees an ordinary comment
    other = Client()
    other.force_login(UserFactory())
    seen = other.get(response.url).content.decode()
    assert "Plus d’arbres rue Marat" in seen
    assert "data-outcome" not in seen and "Votre commentaire est publié." not in seen


def test_a_reply_lands_on_the_reply(client, pages, resident, other_resident):
    first = services.post_comment(other_resident, pages["fr"], "Bonjour", language="fr")
    client.force_login(resident)
    url = reverse("participation:comment_reply", args=[first.pk])
    page = client.get(pages["fr"].url).content.decode()
    assert f'data-reply-action="{url}#comment-errors"' in page

    response = client.post(url, {"body": "D’accord avec vous"})
    reply = Comment.objects.get(parent=first)
    assert response.url.endswith(f"?posted={reply.pk}#comment-{reply.pk}")
    html = client.get(response.url).content.decode()
    assert "Votre réponse est publiée." in html
    assert html.count("data-outcome") == 1
