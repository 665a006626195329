"""The ballot box: the confirmation is cast without the page, as cheaply as a
ballot can be cast, and loses nothing of what the page route guaranteed.

French is the default language: the texts asserted are what a visitor at / reads.
"""

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from participation.models import Ballot, VoteCampaign, VoterRecord
from participation.votes import ballot_box, sealing, services
from participation.votes.forms import posted_ranking
from tests.factories.accounts import UserFactory
from tests.factories.votes import opened_rankings
from tests.participation.vote_helpers import (
    ConfirmationForm,
    action_url,
    ballot_data,
    ballot_url,
    confirmation,
    objectives,
)

pytestmark = pytest.mark.django_db


def test_confirm_posts_to_the_ballot_box_and_change_goes_back_to_the_page(
    client, page, vote, voter
):
    a, b, c = objectives(vote)
    review = client.post(action_url(page), ballot_data(vote, ranks=[b, a, None]))
    form = ConfirmationForm(review.content.decode())
    assert form.action == ballot_url(vote)
    step = f"vote-{page.body[0].id}-theme-{vote.ballot_themes.first().pk}-step"
    back = f"{action_url(page)}#{step}"
    assert form.buttons == {"confirm": ballot_url(vote), "change": back}
    assert form.fields["back"] == back and form.fields["next"] == f"{page.url}#{step}"
    cast = client.post(form.buttons["confirm"], {**form.fields, "step": "confirm"})
    assert cast.status_code == 302 and cast.url == f"{page.url}#{step}"
    assert opened_rankings(vote) == [[b, a]]
    html = client.get(page.url).content.decode()
    assert "Votre bulletin est pris en compte" in html
    assert "Vous avez voté dans ce thème le" in client.get(page.url).content.decode()


def test_confirmation_in_english_answers_in_english(client, page, vote):
    a = objectives(vote)[0]
    response = client.post(
        "/en" + ballot_url(vote), confirmation(vote, page, [a]), follow=True
    )
    assert "You cannot vote here now" in response.content.decode()


def test_forged_confirmation_goes_back_to_the_page_with_the_choices_and_the_error(
    client, page, vote, voter
):
    a, b, c = objectives(vote)
    data = confirmation(vote, page, [a, a, None])
    response = client.post(ballot_url(vote), data)
    assert response.status_code == 307 and response.url == action_url(page)
    shown = client.post(ballot_url(vote), data, follow=True)
    html = shown.content.decode()
    assert shown.status_code == 400 and "déjà choisi à un rang supérieur" in html
    assert f'<option value="{a}" selected>' in html
    assert Ballot.objects.count() == 0 and VoterRecord.objects.count() == 0


def test_a_confirmation_pointing_off_the_site_is_not_followed(
    client, page, vote, voter
):
    a = objectives(vote)[0]
    forged = {**confirmation(vote, page, [a, a]), "back": "https://elsewhere.example/"}
    assert client.post(ballot_url(vote), forged).status_code == 404
    outward = {**confirmation(vote, page, [a]), "next": "https://elsewhere.example/"}
    response = client.post(ballot_url(vote), outward)
    assert response.status_code == 302 and response.url == "/"
    assert Ballot.objects.count() == 1


def test_the_ballot_box_takes_only_posted_confirmations(client, page, vote, voter):
    assert client.get(ballot_url(vote)).status_code == 405
    a = objectives(vote)[0]
    response = client.post(
        ballot_url(vote), {**confirmation(vote, page, [a]), "step": "change"}
    )
    assert response.status_code == 307 and response.url == action_url(page)
    assert Ballot.objects.count() == 0


def test_anonymous_confirmation_is_refused_with_a_message(client, page, vote):
    a = objectives(vote)[0]
    response = client.post(ballot_url(vote), confirmation(vote, page, [a]), follow=True)
    assert "Vous ne pouvez pas voter ici pour le moment" in response.content.decode()
    assert Ballot.objects.count() == 0


def test_a_theme_on_no_ballot_is_not_found(client, page, vote, voter):
    theme = vote.ballot_themes.first()
    response = client.post(ballot_url(vote).replace(f"/{theme.pk}/", "/999999/"), {})
    assert response.status_code == 404


def test_vote_closed_early_takes_no_ballot_even_once_its_rules_are_kept(
    client, page, vote, voter
):
    a, b, c = objectives(vote)
    client.post(
        ballot_url(vote), confirmation(vote, page, [a])
    )  # the vote now has ballots
    second = UserFactory()
    client.force_login(second)
    client.post(
        ballot_url(vote), confirmation(vote, page, [b])
    )  # its rules are now kept
    services.close_early(vote, user=None)
    third = UserFactory()
    client.force_login(third)
    response = client.post(ballot_url(vote), confirmation(vote, page, [c]), follow=True)
    assert "Le vote est clos" in response.content.decode()
    assert Ballot.objects.count() == 2 and VoterRecord.objects.count() == 2


def test_casting_takes_five_queries_and_four_once_the_rules_are_seen_frozen(
    client, page, vote, voter, django_assert_num_queries
):
    a, b, c = objectives(vote)
    url, ranked, reversed_ = (
        ballot_url(vote),
        confirmation(vote, page, [a, b, c]),
        confirmation(vote, page, [c, b, a]),
    )
    services.cast_ballot(
        vote.ballot_themes.first(), [b], "paper"
    )  # the vote has ballots
    # Session, account (with its verified email), rules, the two rows in one
    # statement, and the session keeping the receipt for the voter's next view
    # (server-side, so it never travels in a cookie). Each write is in a
    # savepoint of the test's transaction: + 2 queries each.
    with django_assert_num_queries(5 + 4):
        first = client.post(url, ranked)
    client.force_login(UserFactory())
    with django_assert_num_queries(4 + 4):  # the rules can no longer change: kept
        second = client.post(url, reversed_)
    assert first.status_code == second.status_code == 302
    assert Ballot.objects.count() == 3


@pytest.mark.parametrize(
    "posted, ranking",
    [
        ({"rank_1": "7", "rank_2": "8"}, [7, 8]),
        ({"rank_1": "7", "rank_2": "", "rank_3": ""}, [7]),
        ({"rank_1": "7", "rank_3": "9"}, [7, None, 9]),
        ({"rank_1": "", "rank_2": ""}, []),
        ({"rank_1": "7", "rank_4": "10"}, None),  # past the 3 ranks: forged
        ({"rank_1": "seven"}, None),
    ],
)
def test_posted_ranking_reads_the_ranks_of_its_own_theme(vote, posted, ranking):
    ct = vote.ballot_themes.first()
    other = vote.ballot_themes.all()[1]
    data = {f"ballot-{ct.pk}-{name}": value for name, value in posted.items()}
    data[f"ballot-{other.pk}-rank_1"] = "99"
    assert posted_ranking(data, ct) == ranking


@pytest.fixture(params=["postgresql", "another database"])
def write_path(request, monkeypatch):
    """The ballot box writes in one statement on PostgreSQL, in one transaction
    elsewhere: both give the same guarantees, both run here."""
    if request.param != "postgresql":
        monkeypatch.setattr(connection, "vendor", "sqlite")
    return request.param


def rows(vote, voter_key="k", ranking=None, channel="online"):
    ct = vote.ballot_themes.first()
    today = timezone.localdate()
    record = VoterRecord(
        campaign=vote, theme_id=ct.theme_id, voter_key=voter_key, voted_on=today
    )
    ballot = Ballot(
        campaign=vote,
        theme_id=ct.theme_id,
        channel=channel,
        sealed=sealing.seal(
            sealing.box(vote.public_key), ranking or objectives(vote)[:1], vote.ranks
        ),
    )
    return record, ballot


def test_dropped_ballot_and_register_row_are_both_written(vote, write_path):
    record, ballot = rows(vote)
    assert ballot_box.drop(ballot, record=record, open_at=timezone.now())
    assert opened_rankings(vote) == [objectives(vote)[:1]]
    assert VoterRecord.objects.get().voter_key == "k"
    assert not ballot._state.adding


def test_a_second_row_for_the_same_voter_writes_nothing(vote, write_path):
    first_record, first_ballot = rows(vote)
    ballot_box.drop(first_ballot, record=first_record)
    record, ballot = rows(vote)
    with pytest.raises(IntegrityError):
        ballot_box.drop(ballot, record=record)
    assert Ballot.objects.count() == 1  # and the transaction around goes on
    assert VoterRecord.objects.count() == 1


def test_nothing_is_written_once_the_vote_is_closed(vote, write_path):
    record, ballot = rows(vote)
    assert not ballot_box.drop(ballot, record=record, open_at=vote.closes_at)
    assert not ballot_box.drop(
        ballot, record=record, open_at=vote.opens_at - timezone.timedelta(1)
    )
    assert Ballot.objects.count() == 0 and VoterRecord.objects.count() == 0
    assert ballot._state.adding


def test_nothing_is_written_once_the_vote_is_certified(vote, write_path):
    VoteCampaign.objects.filter(pk=vote.pk).update(certified_at=timezone.now())
    record, ballot = rows(vote)
    assert not ballot_box.drop(ballot, record=record, open_at=timezone.now())
    assert Ballot.objects.count() == 0 and VoterRecord.objects.count() == 0


def test_a_paper_ballot_without_code_has_no_register_row(vote, write_path):
    _record, ballot = rows(vote, channel="paper")
    with transaction.atomic():
        assert ballot_box.drop(ballot)
    assert Ballot.objects.get().channel == "paper" and VoterRecord.objects.count() == 0
