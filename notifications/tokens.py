"""Unsubscribe tokens: signed (django.core.signing), naming one person and the
kinds of email they turn off. The token is the credential of the one-click
unsubscribe: whoever holds the email may stop it, and nothing else."""

import hashlib

from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils import translation

from climate_site.site_host import base_url
from notifications.models import Kind

SALT = "notifications.unsubscribe"


class BadToken(Exception):
    """Forged, altered, or naming an account or kind that does not exist."""


def _mailbox(user):
    # The token is bound to the address it was sent to: it stops working when
    # the address changes or the account is deleted.
    return hashlib.sha256(user.email.lower().encode()).hexdigest()[:16]


def make_token(user, kinds):
    """A token turning off `kinds` for `user`."""
    payload = {"u": user.pk, "k": sorted(str(kind) for kind in kinds)}
    payload["m"] = _mailbox(user)
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token):
    """(user, kinds) the token names, or BadToken."""
    try:
        payload = signing.loads(token, salt=SALT)
        user_id, kinds, mailbox = payload["u"], payload["k"], payload["m"]
    except (signing.BadSignature, KeyError, TypeError) as error:
        raise BadToken from error
    if not kinds or not set(kinds) <= set(Kind.values):
        raise BadToken
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or _mailbox(user) != mailbox:
        raise BadToken
    return user, [Kind(kind) for kind in kinds]


def unsubscribe_url(user, kinds, language):
    """The full address of the unsubscribe page, in `language`."""
    with translation.override(language):
        path = reverse("notifications:unsubscribe", args=[make_token(user, kinds)])
    return base_url() + path
