"""The emails a resident receives: the site's own, in their language, with
links on the public address and no invitation to answer an unread mailbox."""

import re

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Site

from home.models import SiteSettings
from participation.comments.services import post_comment
from participation.comments.tasks import notify_author_of_hiding
from tests.factories.accounts import UserFactory
from tests.factories.comments import make_discussed_page

pytestmark = pytest.mark.django_db

PUBLIC = "https://climat.ivry.example"


@pytest.fixture(autouse=True)
def _public_site(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.DEFAULT_FROM_EMAIL = "Ville d'Ivry <ne-pas-repondre@ivry.example>"
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.city_name = "Ivry-sur-Seine"
    site_settings.contact_email = "climat@ivry.example"
    site_settings.save()


def sign_up(client, prefix=""):
    return client.post(
        f"{prefix}/accounts/signup/",
        {
            "email": "nour@example.org",
            "password1": "soleil-sur-ivry",
            "password2": "soleil-sur-ivry",
            "display_name": "Nour",
        },
    )


def assert_the_sites_own(message):
    assert message.from_email == "Ville d'Ivry <ne-pas-repondre@ivry.example>"
    assert message.subject.startswith("[Agir · Ivry-sur-Seine] ")
    for generic in (
        "testserver",
        "127.0.0.1",
        "localhost",
        "example.com",
    ):
        assert generic not in message.body
    assert "Ivry-sur-Seine" in message.body
    assert "climat@ivry.example" in message.body


def test_the_sign_up_email_speaks_for_the_city_on_its_public_address(client):
    sign_up(client, prefix="/en")
    message = mail.outbox[-1]
    assert_the_sites_own(message)
    assert message.subject == "[Agir · Ivry-sur-Seine] Confirm your email address"
    assert "Replies to this email are not read." in message.body
    assert re.search(rf"{PUBLIC}/en/accounts/confirm-email/\S+/", message.body)


def test_a_password_reset_is_written_in_the_language_the_resident_chose(client):
    UserFactory(email="lucia@example.org", preferred_language="es")
    client.post("/accounts/password/reset/", {"email": "lucia@example.org"})
    message = mail.outbox[-1]
    assert_the_sites_own(message)
    assert "Elija una nueva contraseña" in message.subject
    assert re.search(rf"{PUBLIC}/(es/)?accounts/password/reset/key/\S+", message.body)


def test_an_unknown_address_asking_for_a_reset_is_told_where_to_sign_up(client):
    client.post("/es/accounts/password/reset/", {"email": "nadie@example.org"})
    message = mail.outbox[-1]
    assert_the_sites_own(message)
    assert f"{PUBLIC}/es/accounts/signup/" in message.body


def test_signing_up_again_with_a_taken_address_sends_the_sites_own_warning(client):
    UserFactory(email="nour@example.org", preferred_language="fr")
    sign_up(client, prefix="/en")
    message = mail.outbox[-1]
    assert_the_sites_own(message)
    assert "déjà un compte" in message.subject


def test_the_hidden_content_email_points_to_the_contact_address_not_a_reply(home):
    pages = make_discussed_page()
    author = UserFactory(preferred_language="en")
    comment = post_comment(author, pages["fr"], "Un avis tranché", language="fr")
    comment.hidden_at, comment.hidden_reason = timezone.now(), "moderation"
    comment.save()
    notify_author_of_hiding.call("participation.comment", comment.pk)
    message = mail.outbox[-1]
    assert message.to == [author.email]
    assert_the_sites_own(message)
    assert "answer this email" not in message.body
    assert "write to the moderators at climat@ivry.example" in message.body
