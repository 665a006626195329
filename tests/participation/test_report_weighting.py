"""Accounts opened for the purpose cannot hide a contribution by reporting it."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import timezone

from participation.comments import services
from participation.models import Comment
from participation.moderation import Report
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def comment_by(pages, author):
    return services.post_comment(author, pages["fr"], "Un avis gênant", language="fr")


def is_hidden(comment):
    return Comment.objects.get(pk=comment.pk).is_hidden


def test_three_accounts_opened_today_no_longer_hide_a_comment(pages, resident):
    comment = comment_by(pages, resident)
    for _ in range(3):
        services.report(UserFactory(date_joined=timezone.now()), comment, "spam")
    assert not is_hidden(comment)


def test_three_established_accounts_still_hide_it(pages, resident):
    comment = comment_by(pages, resident)
    for _ in range(3):
        joined = timezone.now() - timedelta(days=2)
        services.report(UserFactory(date_joined=joined), comment, "spam")
    assert is_hidden(comment)


def test_fresh_reports_do_not_count_but_the_third_established_one_hides(
    pages, resident
):
    comment = comment_by(pages, resident)
    for _ in range(5):
        services.report(UserFactory(date_joined=timezone.now()), comment, "spam")
    services.report(UserFactory(), comment, "spam")
    services.report(UserFactory(), comment, "spam")
    assert not is_hidden(comment)
    services.report(UserFactory(), comment, "spam")
    assert is_hidden(comment)


def test_an_account_whose_address_is_no_longer_verified_does_not_count(pages, resident):
    comment = comment_by(pages, resident)
    reporters = [UserFactory() for _ in range(3)]
    services.report(reporters[0], comment, "spam")
    services.report(reporters[1], comment, "spam")
    EmailAddress.objects.filter(user=reporters[2]).update(verified=False)
    try:
        services.report(reporters[2], comment, "spam")
    except services.CommentError:
        pass  # refused outright: it does not count either
    assert not is_hidden(comment)


def test_moderators_still_see_the_reports_of_fresh_accounts(
    client, pages, resident, moderator
):
    comment = comment_by(pages, resident)
    for _ in range(3):
        services.report(UserFactory(date_joined=timezone.now()), comment, "spam")
    client.force_login(moderator)
    html = client.get(reverse("participation_moderation")).content.decode()
    assert "Un avis gênant" in html
    assert Report.objects.filter(target_id=comment.pk).count() == 3
