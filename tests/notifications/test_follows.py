"""Following proposals and plan pages: the buttons, one row per person and
thing, and pages that stay shareable for visitors who are not signed in."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from notifications.models import Follow
from tests.factories.accounts import UserFactory
from tests.factories.pages import translate_page
from tests.factories.proposals import ProposalFactory

FOLLOW = reverse("notifications:follow")


def post_follow(client, target, action="follow", next_url=""):
    return client.post(FOLLOW, {"target": target, "action": action, "next": next_url})


@pytest.mark.django_db
def test_following_twice_is_one_row(client, follower, action):
    client.force_login(follower)
    for _ in range(2):
        response = post_follow(client, f"page:{action.pk}", next_url=action.url)
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == f"{action.url}#follow"
    assert Follow.objects.filter(user=follower).count() == 1


@pytest.mark.django_db
def test_following_a_page_in_two_languages_is_one_follow(
    client, follower, objective, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        english = translate_page(objective, "en")
    client.force_login(follower)
    post_follow(client, f"page:{objective.pk}")
    post_follow(client, f"page:{english.pk}")
    assert list(Follow.objects.values_list("page_id", flat=True)) == [objective.pk]
    # The English page knows it is followed, and offers to stop.
    response = client.get(english.url)
    assert "Stop following" in response.text


@pytest.mark.django_db
def test_the_database_refuses_a_second_follow_of_the_same_proposal(proposal):
    from django.db import IntegrityError, transaction

    user = UserFactory()
    Follow.objects.create(user=user, proposal=proposal)
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(user=user, proposal=proposal)


@pytest.mark.django_db
def test_a_follow_names_exactly_one_thing(proposal, action):
    from django.db import IntegrityError, transaction

    user = UserFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(user=user, proposal=proposal, page=action)
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(user=user)


@pytest.mark.django_db
def test_visitors_are_asked_to_sign_in_and_the_page_holds_nothing_personal(
    client, action, proposal
):
    for url in (action.url, proposal.get_absolute_url()):
        response = client.get(url)
        assert "Connectez-vous pour suivre" in response.text
        assert "csrfmiddlewaretoken" not in response.text
        assert 'name="target"' not in response.text


@pytest.mark.django_db
def test_an_anonymous_follow_leads_to_sign_in_and_records_nothing(client, action):
    response = post_follow(client, f"page:{action.pk}")
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]
    assert not Follow.objects.exists()


@pytest.mark.django_db
def test_following_then_stopping_from_the_proposal_page(client, follower, proposal):
    client.force_login(follower)
    page = client.get(proposal.get_absolute_url())
    assert "Suivre cette proposition" in page.text
    post_follow(client, f"proposal:{proposal.reference}")
    page = client.get(proposal.get_absolute_url())
    assert "Ne plus suivre" in page.text
    response = post_follow(client, f"proposal:{proposal.reference}", "unfollow")
    assert response.status_code == HTTPStatus.FOUND
    assert not Follow.objects.exists()


@pytest.mark.django_db
def test_a_proposal_awaiting_moderation_cannot_be_followed(client, follower, themes):
    from participation.models import ProposalStatus

    hidden = ProposalFactory(
        status=ProposalStatus.objects.get(code=ProposalStatus.SUBMITTED)
    )
    client.force_login(follower)
    response = post_follow(client, f"proposal:{hidden.reference}")
    assert response.status_code == HTTPStatus.FOUND
    assert not Follow.objects.exists()


@pytest.mark.django_db
def test_an_unverified_account_cannot_follow(client, action):
    client.force_login(UserFactory(verified=False))
    post_follow(client, f"page:{action.pk}")
    assert not Follow.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["page:999999", "proposal:NOPE", "user:1", ""])
def test_an_unknown_thing_to_follow_is_not_found(client, follower, target):
    client.force_login(follower)
    assert post_follow(client, target).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_a_content_page_cannot_be_followed(client, follower, home):
    client.force_login(follower)
    post_follow(client, f"page:{home.pk}")
    assert not Follow.objects.exists()


@pytest.mark.django_db
def test_the_back_address_never_leaves_the_site(client, follower, action):
    client.force_login(follower)
    response = post_follow(
        client, f"page:{action.pk}", next_url="https://evil.example/"
    )
    assert response["Location"] == f"{action.url}#follow"


@pytest.mark.django_db
def test_the_cached_page_of_visitors_never_shows_a_residents_follow(
    settings, follower, action
):
    from django.test import Client

    settings.AGIR_PAGE_CACHE = True
    assert Client().get(action.url)["X-Page-Cache"] == "miss"
    resident = Client()
    resident.force_login(follower)
    post_follow(resident, f"page:{action.pk}")
    theirs = resident.get(action.url)
    assert "Stop following" in theirs.text or "Ne plus suivre" in theirs.text
    assert "X-Page-Cache" not in theirs or theirs["X-Page-Cache"] != "hit"
    again = Client().get(action.url)
    assert again["X-Page-Cache"] == "hit"
    assert "Ne plus suivre" not in again.text
    assert "Connectez-vous pour suivre" in again.text
