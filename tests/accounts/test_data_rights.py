"""Download my data, delete my account, the registries other modules use."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.models import Session
from wagtail import hooks

from accounts import rules, sections
from accounts.identity import normalised_email
from accounts.models import User
from accounts.services import delete_account
from tests.factories.accounts import PASSWORD, UserFactory


@pytest.fixture
def owner(db):
    return UserFactory(email="owner@example.org", display_name="Owner")


@pytest.fixture
def other(db):
    return UserFactory(email="other@example.org", display_name="Someone Else")


def download(client):
    response = client.post("/account/my-data/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


@pytest.mark.django_db
def test_export_holds_exactly_the_owners_data(client, owner, other):
    client.force_login(owner)
    data = download(client)
    assert data["profile"]["email"] == "owner@example.org"
    assert data["profile"]["public_pseudonym"] == "Owner"
    assert data["email_addresses"] == [
        {"email": "owner@example.org", "verified": True, "primary": True}
    ]
    text = json.dumps(data)
    assert "other@example.org" not in text
    assert "Someone Else" not in text


@pytest.mark.django_db
def test_export_includes_what_registered_exporters_return(client, owner):
    def notes(user):
        return [f"note of {user.display_name}"]

    with hooks.register_temporarily(
        "register_account_data_exporters", lambda: {"test_notes": notes}
    ):
        client.force_login(owner)
        assert download(client)["test_notes"] == ["note of Owner"]


@pytest.mark.django_db
def test_anonymous_visitors_cannot_download_anything(client, owner):
    response = client.post("/account/my-data/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert b"owner@example.org" not in response.content


@pytest.mark.django_db
def test_deleting_asks_for_the_password_first(client, owner):
    client.force_login(owner)
    page = client.get("/account/delete/")
    assert page.status_code == 200
    assert (
        "Deleted participant" in page.content.decode()
        or "Participant supprimé" in page.content.decode()
    )
    refused = client.post("/account/delete/", {"password": "not-my-password"})
    assert refused.status_code == 400
    owner.refresh_from_db()
    assert not owner.is_deleted


@pytest.mark.django_db
def test_deletion_anonymises_and_ends_sessions(client, owner):
    client.force_login(owner)
    response = client.post("/account/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    tombstone = User.objects.get(pk=owner.pk)
    assert tombstone.is_deleted
    assert tombstone.email.startswith("deleted-") and tombstone.email.endswith(
        "@invalid"
    )
    assert tombstone.display_name == ""
    assert not tombstone.has_usable_password()
    assert not tombstone.is_active
    assert str(tombstone.public_name) in {"Deleted participant", "Participant supprimé"}
    assert not EmailAddress.objects.filter(user=tombstone).exists()
    assert not Session.objects.exists()
    assert client.get("/account/").status_code == 302
    assert not rules.can_contribute(tombstone)


@pytest.mark.django_db
def test_deleted_account_cannot_sign_in_again(client, owner):
    delete_account(owner)
    response = client.post(
        "/accounts/login/", {"login": "owner@example.org", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_signing_up_again_gives_a_new_account_with_the_same_normalised_email(
    client, owner
):
    delete_account(owner)
    client.post(
        "/accounts/signup/",
        {
            "email": "  OWNER@example.org",
            "password1": "soleil-sur-ivry",
            "password2": "soleil-sur-ivry",
            "display_name": "Back again",
        },
    )
    newcomer = User.objects.get(email="owner@example.org")
    assert newcomer.pk != owner.pk
    assert User.objects.get(pk=owner.pk).is_deleted
    assert normalised_email(newcomer.email) == normalised_email(" Owner@Example.org ")


def test_normalised_email_trims_and_lowercases():
    assert normalised_email("  Nour.B@Example.ORG ") == "nour.b@example.org"
    assert normalised_email(None) == ""


@pytest.mark.django_db
def test_anonymisers_run_before_the_email_is_wiped(owner):
    seen = []

    def remember(user):
        seen.append(user.email)

    with hooks.register_temporarily("register_account_anonymiser", remember):
        delete_account(owner)
    assert seen == ["owner@example.org"]


@pytest.mark.django_db
def test_registered_sections_show_on_my_account(client, owner, settings):
    from pathlib import Path

    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "DIRS": [
                *settings.TEMPLATES[0]["DIRS"],
                Path(__file__).parent / "templates",
            ],
        }
    ]

    def my_things(request, user):
        return sections.Section(
            title="My test things",
            template="test_section.html",
            context={"things": ["one"]},
        )

    with hooks.register_temporarily("register_account_section", my_things, order=5):
        client.force_login(owner)
        body = client.get("/en/account/").content.decode()
    assert "My test things" in body
    assert 'id="section-my_things"' in body or 'id="section-my-things"' in body


@pytest.mark.django_db
def test_resident_changes_pseudonym_and_notifications(client, owner):
    client.force_login(owner)
    response = client.post(
        "/account/",
        {"display_name": "New name", "neighbourhood": "", "preferred_language": "es"},
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.display_name == "New name"
    assert owner.preferred_language == "es"
    assert not owner.notify_on_reply


@pytest.mark.django_db
def test_empty_pseudonym_is_refused_with_an_error_summary(client, owner):
    client.force_login(owner)
    response = client.post("/en/account/", {"display_name": ""})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'class="error-summary"' in body
    assert 'aria-invalid="true"' in body


@pytest.mark.django_db
def test_my_account_page_runs_a_fixed_number_of_queries(
    client, owner, django_assert_max_num_queries
):
    client.force_login(owner)
    client.get("/account/")  # warm caches (site, settings, locales)
    with django_assert_max_num_queries(24):
        assert client.get("/account/").status_code == 200


@pytest.mark.django_db
def test_deletion_writes_only_account_tables_never_votes(owner):
    """The who-voted register must survive deletion (it stops double votes)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    allowed = {
        "accounts_user",
        "accounts_user_groups",
        "accounts_user_user_permissions",
        "account_emailaddress",
        "account_emailconfirmation",
        "wagtailusers_userprofile",
        "django_session",
        "participation_proposal",  # public name replaced, proposal kept
    }
    with CaptureQueriesContext(connection) as queries:
        delete_account(owner)
    written = set()
    for query in queries.captured_queries:
        sql = query["sql"]
        for verb in ("UPDATE ", "DELETE FROM ", "INSERT INTO "):
            if sql.startswith(verb):
                written.add(sql[len(verb) :].split()[0].strip('"'))
    assert written and written <= allowed, written
