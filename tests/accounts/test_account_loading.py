"""The account of a request is loaded once, with what the participation rules ask of it."""

import pytest
from allauth.account.models import EmailAddress

from accounts import backends, rules
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "backend", [backends.ModelBackend, backends.AuthenticationBackend]
)
@pytest.mark.parametrize("verified", [True, False])
def test_signed_in_account_knows_if_its_email_is_verified_without_another_query(
    backend, verified, django_assert_num_queries
):
    user = UserFactory(verified=False)
    EmailAddress.objects.create(
        user=user, email=user.email, verified=verified, primary=True
    )
    with django_assert_num_queries(1):
        loaded = backend().get_user(user.pk)
        assert rules.has_verified_email(loaded) is verified
    assert loaded == user and loaded.email == user.email


def test_an_account_loaded_elsewhere_is_still_asked(django_assert_num_queries):
    user = UserFactory(verified=False)
    with django_assert_num_queries(1):
        assert rules.has_verified_email(user) is False


def test_a_deactivated_or_missing_account_is_not_signed_in():
    user = UserFactory(is_active=False, verified=False)
    assert backends.ModelBackend().get_user(user.pk) is None
    assert backends.ModelBackend().get_user(user.pk + 1000) is None


def test_signing_in_through_the_site_keeps_the_account_loaded_with_its_flag(client):
    user = UserFactory(verified=False)
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    client.force_login(user)
    response = client.get("/account/")
    assert response.wsgi_request.user.email_verified
