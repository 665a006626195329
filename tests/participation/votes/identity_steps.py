"""What a person does with their account, over HTTP, in the double-vote tests."""

import itertools
import re

from django.core import mail
from django.core.cache import cache

from accounts.models import User
from tests.participation.vote_helpers import ballot_url, confirmation, objectives

PASSWORD = "soleil-sur-ivry"
SIGNUP = "/accounts/signup/"
EMAILS = "/accounts/email/"
VOTED = "Vous avez voté dans ce thème le"
REFUSED = "Vous avez déjà voté dans ce thème."
COUNTED = "Votre bulletin est pris en compte"
# Pseudonyms are unique: each sign-up takes the next one.
PSEUDONYMS = (f"Nour {number}" for number in itertools.count(1))


def confirm_last_email(client):
    """Open the link of the last confirmation email and confirm."""
    link = re.search(
        r"https?://testserver(/\S*confirm-email/\S+/)", mail.outbox[-1].body
    ).group(1)
    response = client.post(link)
    assert response.status_code == 302, response
    return response


def sign_up(client, email):
    """Sign up with `email`, confirm it from the email, end up signed in."""
    client.logout()
    # allauth sends one confirmation per address every few minutes: let them pass.
    cache.clear()
    response = client.post(
        SIGNUP,
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": next(PSEUDONYMS),
        },
    )
    assert response.status_code == 302, response.content.decode()
    confirm_last_email(client)
    user = User.objects.get(email=email.strip().lower())
    client.force_login(user)
    return user


def add_address(client, email):
    """Add a second address on the allauth page and confirm it."""
    response = client.post(EMAILS, {"action_add": "", "email": email})
    assert response.status_code == 302, response.content.decode()
    confirm_last_email(client)


def make_primary(client, email):
    response = client.post(EMAILS, {"action_primary": "", "email": email})
    assert response.status_code == 302, response.content.decode()


def remove_address(client, email):
    response = client.post(EMAILS, {"action_remove": "", "email": email})
    assert response.status_code == 302, response.content.decode()


def delete_account(client):
    response = client.post("/account/delete/", {"password": PASSWORD})
    assert response.status_code == 302, response.content.decode()


def cast(client, vote, page, choice=0):
    """Cast a ballot in the first theme; the page the ballot box leads back to."""
    ranking = [objectives(vote)[choice]]
    response = client.post(
        ballot_url(vote), confirmation(vote, page, ranking), follow=True
    )
    return response.content.decode()
