"""Who may vote when, what a valid ranking is, how ballots are counted."""

import datetime
from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from django.utils import timezone

from accounts import identity
from participation.models import VotingCode
from participation.votes import ballots, rules, voter_keys
from participation.votes.results import count_theme
from participation.votes.rules import (
    Eligibility,
    Phase,
    eligibility,
    phase,
    ranking_errors,
    results_visible,
)
from tests.factories.accounts import UserFactory
from tests.factories.votes import campaign

FUTURE = timezone.now() + datetime.timedelta(days=365)


def visitor(kind, vote):
    """(user, holds a code) for each kind of visitor of the eligibility table."""
    from django.contrib.auth.models import AnonymousUser

    if kind in ("anonymous", "code"):
        return AnonymousUser(), kind == "code"
    if kind == "unverified":
        return UserFactory(verified=False), False
    user = UserFactory()
    if kind == "blocked":
        user.blocked_until = FUTURE
        user.save()
    return user, False


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind, opens_in, closes_in, expected",
    [
        ("anonymous", -1, 7, Eligibility.SIGN_IN),
        ("unverified", -1, 7, Eligibility.UNVERIFIED),
        ("verified", -1, 7, Eligibility.OK),
        ("code", -1, 7, Eligibility.OK),
        ("blocked", -1, 7, Eligibility.BLOCKED),
        ("verified", 1, 7, Eligibility.NOT_OPEN_YET),
        ("code", 1, 7, Eligibility.NOT_OPEN_YET),
        ("verified", -7, -1, Eligibility.CLOSED),
        ("code", -7, -1, Eligibility.CLOSED),
    ],
)
def test_eligibility_table(kind, opens_in, closes_in, expected):
    vote = campaign(opens_in=opens_in, closes_in=closes_in)
    user, has_code = visitor(kind, vote)
    assert eligibility(user, vote, has_code=has_code) == expected


OPENS = datetime.datetime(2030, 3, 1, 9, tzinfo=datetime.UTC)
CLOSES = datetime.datetime(2030, 3, 15, 20, tzinfo=datetime.UTC)
INSTANT = datetime.timedelta(microseconds=1)


@pytest.mark.parametrize(
    "now, expected",
    [
        (OPENS - INSTANT, Phase.UPCOMING),
        (OPENS, Phase.OPEN),
        (OPENS + datetime.timedelta(days=7), Phase.OPEN),
        (CLOSES - INSTANT, Phase.OPEN),
        (CLOSES, Phase.CLOSED),
        (CLOSES + datetime.timedelta(days=1), Phase.CLOSED),
    ],
)
def test_a_vote_is_open_from_its_opening_until_just_before_its_closing(now, expected):
    vote = SimpleNamespace(opens_at=OPENS, closes_at=CLOSES)
    assert phase(vote, now) == expected


@pytest.mark.django_db
def test_code_voter_is_identified_by_the_code_hash_from_the_session():
    vote = campaign()
    code = VotingCode.objects.create(
        campaign=vote, code_hash=voter_keys.code_voter_key("AB12")
    )
    request = RequestFactory().get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    request.session = {ballots.SESSION_CODES: {str(vote.pk): code.pk}}
    state, voter = ballots.current_voter(request, vote)
    assert state == Eligibility.OK
    assert voter.key == code.code_hash and voter.channel == "code"


@pytest.mark.parametrize(
    "ranking, expected",
    [
        ([1, 2, 3], []),
        ([1, None, None], []),
        ([1, 2, None], []),
        ([None, None, None], [(1, "empty")]),
        ([1, 1, None], [(2, "duplicate")]),
        ([1, 99, None], [(2, "foreign")]),
        ([None, 2, None], [(1, "gap")]),
        ([1, None, 3], [(2, "gap")]),
        ([1, 2, 3, 4], [(4, "too_many")]),
    ],
)
def test_ranking_validation(ranking, expected):
    assert ranking_errors(ranking, {1, 2, 3, 4}, ranks=3) == expected


def test_points_are_ranks_minus_position_plus_one_with_first_choices_beside():
    result = count_theme(
        7,
        [1, 2, 3, 4],
        3,
        [[1, 2, 3], [2, 1], [2], [3, 1, 2]],
    )
    rows = {row.option: row for row in result.options}
    assert (rows[1].points, rows[2].points, rows[3].points, rows[4].points) == (
        7,
        9,
        4,
        0,
    )
    assert (rows[1].first_preferences, rows[2].first_preferences) == (1, 2)
    assert [row.option for row in result.options] == [2, 1, 3, 4]
    assert result.ballots == 4
    assert rows[2].share == 45.0


def test_ties_break_on_first_choices_then_ballot_order():
    result = count_theme(7, [1, 2, 3], 2, [[1, 2], [3], [2]])
    # 1: 2 points, 1 first; 2: 1+2 = 3 points; 3: 2 points, 1 first
    assert [row.option for row in result.options] == [2, 1, 3]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "opens_in, closes_in, certified, published, trial, stage, refusals",
    [
        # refusals: (certify, publish, apply)
        (
            1,
            7,
            False,
            False,
            False,
            "upcoming",
            ("not_closed", "not_certified", "not_published"),
        ),
        (
            -1,
            7,
            False,
            False,
            False,
            "open",
            ("not_closed", "not_certified", "not_published"),
        ),
        (
            -7,
            -1,
            False,
            False,
            False,
            "paper_count",
            (None, "not_certified", "not_published"),
        ),
        (-7, -1, True, False, False, "certified", ("certified", None, "not_published")),
        (-7, -1, True, True, False, "published", ("certified", "published", None)),
        (-7, -1, False, False, True, "paper_count", ("trial", "trial", "trial")),
    ],
)
def test_a_vote_moves_from_open_to_published_and_a_trial_never_counts(
    opens_in, closes_in, certified, published, trial, stage, refusals
):
    now = timezone.now()
    vote = campaign(opens_in=opens_in, closes_in=closes_in, is_trial=trial)
    vote.certified_at = now if certified else None
    vote.published_at = now if published else None
    assert rules.stage(vote, now) == stage
    assert (
        rules.certification_refusal(vote, now),
        rules.publication_refusal(vote),
        rules.application_refusal(vote),
    ) == refusals
    assert results_visible(vote) is published
    assert rules.accepts_paper_ballots(vote, now) is (opens_in < 0 and not certified)


def test_voter_keys_are_keyed_hashes_of_the_normalised_mailbox_or_code(settings):
    assert identity.mailbox_key(" Alice@Example.ORG ") == identity.mailbox_key(
        "alice@example.org"
    )
    assert voter_keys.code_voter_key("abcd-efgh jkmn") == voter_keys.code_voter_key(
        "ABCDEFGHJKMN"
    )
    key = identity.mailbox_key("alice@example.org")
    assert len(key) == 64 and "alice" not in key
    assert key != voter_keys.code_voter_key("alice@example.org")
    settings.VOTER_KEY_SECRET = "another secret"
    assert identity.mailbox_key("alice@example.org") != key
