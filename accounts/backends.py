"""Authentication backends that load the signed-in account ready for the rules.

Every request of a signed-in person loads the account; most participation
rules then ask whether its email address is verified (`rules.has_verified_email`).
These backends answer that in the same query, as the `email_verified`
attribute, instead of one more query on every contribution, ballot and thread.
"""

from allauth.account import auth_backends as allauth_backends
from allauth.account.models import EmailAddress
from django.contrib.auth import backends as django_backends
from django.contrib.auth import get_user_model
from django.db import connection


def account_with_verified_flag(user_id):
    """The account with `email_verified` (has a confirmed address), or None.

    Written as SQL because it runs on every request of a signed-in person:
    building the same query through the ORM costs several times more CPU
    than running it (see bench/votes.py).
    """
    users = get_user_model()._default_manager
    user_table = connection.ops.quote_name(users.model._meta.db_table)
    email_table = connection.ops.quote_name(EmailAddress._meta.db_table)
    query = (
        f"SELECT u.*, EXISTS (SELECT 1 FROM {email_table} e WHERE e.user_id = u.id"
        f" AND e.verified) AS email_verified FROM {user_table} u WHERE u.id = %s"
    )
    found = list(users.raw(query, [user_id]))
    return found[0] if found else None


class VerifiedFlagMixin:
    def get_user(self, user_id):
        user = account_with_verified_flag(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(VerifiedFlagMixin, django_backends.ModelBackend):
    """Django's backend (staff sign-in to the admin)."""


class AuthenticationBackend(VerifiedFlagMixin, allauth_backends.AuthenticationBackend):
    """allauth's backend (residents sign in by email)."""
