"""A refused account form (sign up, sign in, reset, add an address, the account
page, deleting the account) answers at its error summary, each field error linked, with no id twice on the page."""

import re

import pytest
from django.core.cache import cache

from tests import html_checks
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

SUMMARY = "account-errors"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def account_form_actions(html):
    return re.findall(r'<form [^>]*action="([^"]*)"', html)


@pytest.mark.parametrize(
    "url, data, signed_in, linked",
    [
        (
            "/accounts/signup/",
            {"email": "pas-une-adresse", "password1": "a", "password2": "b"},
            False,
            ["id_email"],
        ),
        ("/accounts/login/", {"login": "nour@example.org", "password": "x"}, False, []),
        (
            "/accounts/password/reset/",
            {"email": "pas-une-adresse"},
            False,
            ["id_email"],
        ),
        (
            "/accounts/email/",
            {"action_add": "", "email": "pas-une-adresse"},
            True,
            ["id_email"],
        ),
        ("/account/", {"display_name": ""}, True, ["id_display_name"]),
        ("/account/delete/", {"password": "pas-le-bon"}, True, ["id_password"]),
        (
            "/en/accounts/signup/",
            {"email": "not-an-address", "password1": "a", "password2": "a"},
            False,
            ["id_email"],
        ),
    ],
)
def test_a_refused_account_form_answers_at_its_summary_with_no_id_twice(
    client, url, data, signed_in, linked
):
    if signed_in:
        client.force_login(UserFactory())
    page = client.get(url).content.decode()
    actions = [a for a in account_form_actions(page) if a.endswith(f"#{SUMMARY}")]
    assert len(actions) == 1
    assert html_checks.problems(page) == []

    response = client.post(actions[0].split("#")[0] or url, data)
    html = response.content.decode()
    assert response.status_code in (200, 400)
    summary = html_checks.element(html, SUMMARY)
    assert summary is not None and "data-error-summary" in summary
    assert summary["role"] == "group" and 'role="alert"' not in html
    for field_id in linked:
        assert f'href="#{field_id}"' in html
        assert html_checks.element(html, field_id)["aria-invalid"] == "true"
    assert html_checks.problems(html) == []
