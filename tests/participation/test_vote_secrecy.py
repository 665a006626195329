"""Secrecy against whoever reads the database, and the receipt every voter checks.

Written as the attacks: a reader of the tables, system columns and physical
order tries to tell who cast which ballot; a voter checks a receipt; a
coercer looks for the ranking behind a receipt.
"""

import json
import random
import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from participation.models import Ballot, CountedBallot, VoteCampaign, VoterRecord
from participation.votes import sealing, services
from tests.factories.accounts import UserFactory
from tests.factories.plan import plan
from tests.factories.votes import campaign
from tests.participation.vote_helpers import ballot_url, confirmation

pytestmark = pytest.mark.django_db

VOTERS = 30


def _rows(query):
    with connection.cursor() as cursor:
        cursor.execute(query)
        return cursor.fetchall()


def _ranking(column):
    """A ranking as the database driver hands it back: a list or its JSON text."""
    return json.loads(column) if isinstance(column, str) else column


def vote_with_known_voters():
    """30 voters, each with their own ranking, who vote in a random order."""
    vote = campaign(
        themes=plan(themes=1, objectives=5, actions=0), opens_in=-1, closes_in=1
    )
    ct = vote.ballot_themes.first()
    ids = ct.option_ids()
    rankings = [[a, b, c] for a in ids for b in ids for c in ids if len({a, b, c}) == 3]
    rng = random.Random(7)
    chosen = rng.sample(rankings, VOTERS)
    truth = {}  # voter key -> ranking: what the attacker wants to learn
    for number, ranking in enumerate(chosen):
        key = f"voter-{number:02d}"
        services.cast_ballot(ct, ranking, "online", voter_key=key)
        truth[key] = ranking
    VoteCampaign.objects.filter(pk=vote.pk).update(closes_at=timezone.now())
    vote.refresh_from_db()
    return vote, truth


def test_before_the_count_a_database_reader_pairs_voters_with_ciphertext_only():
    vote, _truth = vote_with_known_voters()
    register = dict(
        _rows(f"SELECT xmin::text, voter_key FROM {VoterRecord._meta.db_table}")
    )
    sealed = _rows(f"SELECT xmin::text, sealed FROM {Ballot._meta.db_table}")
    # Written in one statement, a register row and its ballot share a
    # transaction id: the pairing is there, but what it gives is sealed.
    paired = [(register[xmin], bytes(box)) for xmin, box in sealed if xmin in register]
    assert len(paired) == VOTERS
    public, private_text = sealing.new_key_pair(vote.pk + 1)
    stranger = sealing.private_key(private_text, vote.pk + 1, public)
    with pytest.raises(sealing.NotTheVoteKey):
        sealing.open_sealed(stranger, paired[0][1])
    # Every ciphertext has the same length, whatever the number of ranks used.
    assert len({len(box) for _key, box in paired}) == 1


def test_after_the_count_no_column_order_or_system_column_pairs_a_voter_with_a_ballot():
    vote, truth = vote_with_known_voters()
    services.certify(vote, vote.private_key, "Camille Durand")
    assert Ballot.objects.count() == 0  # the sealed ballots are gone
    table, register_table = CountedBallot._meta.db_table, VoterRecord._meta.db_table
    counted = _rows(f"SELECT xmin::text, ctid::text, id, ranking FROM {table}")
    register = _rows(
        f"SELECT xmin::text, ctid::text, id, voter_key FROM {register_table}"
    )
    # System columns: one transaction wrote every counted ballot, none of the
    # register's.
    assert len({xmin for xmin, *_ in counted}) == 1
    assert not {xmin for xmin, *_ in counted} & {xmin for xmin, *_ in register}
    # Order: physical order and keys follow the content, not the voting order.
    by_position = [_ranking(row[3]) for row in sorted(counted, key=lambda row: row[2])]
    assert by_position == sorted(by_position)
    voters_in_order = [row[3] for row in sorted(register, key=lambda row: row[2])]
    guesses = sum(
        truth[voter] == ranking
        for voter, ranking in zip(voters_in_order, by_position, strict=True)
    )
    # Pairing the i-th voter with the i-th ballot is no better than chance
    # (one right guess expected among 30).
    assert guesses <= 3
    # No column of the counted ballots says anything beyond the ranking.
    assert {f.name for f in CountedBallot._meta.get_fields()} == {
        "id",
        "campaign",
        "theme",
        "ranking",
    }


def test_a_voter_finds_their_receipt_in_the_published_list_and_it_reveals_no_ranking(
    client, page, vote, voter
):
    ct = vote.ballot_themes.first()
    a, b, _c = ct.option_ids()
    cast = client.post(
        ballot_url(vote), confirmation(vote, page, ranks=[b, a]), follow=True
    )
    receipt = re.search(
        r"Votre récépissé\u00a0: ([A-Z0-9-]{24})", cast.content.decode()
    ).group(1)
    receipts_url = reverse("participation:vote_receipts", args=[vote.pk])
    assert client.get(receipts_url).status_code == 404  # nothing before publication
    VoteCampaign.objects.filter(pk=vote.pk).update(closes_at=timezone.now())
    vote.refresh_from_db()
    services.certify(vote, vote.private_key, "Camille Durand")
    services.publish_results(vote)
    found = client.get(receipts_url, {"receipt": receipt.lower().replace("-", " ")})
    html = found.content.decode()
    assert "Trouvé\u00a0: le bulletin de ce récépissé a été compté." in html
    assert "Objectif" not in html  # nothing of any ranking on the page
    listing = client.get(receipts_url, {"format": "txt"}).content.decode()
    assert listing.splitlines() == sorted(listing.splitlines())
    assert receipt in listing.splitlines()
    forged = receipt[:-1] + ("A" if receipt[-1] != "A" else "B")
    missing = client.get(receipts_url, {"receipt": forged}).content.decode()
    assert "Introuvable parmi les bulletins dépouillés" in missing
    # The receipt is a digest of a sealed ballot that no longer exists: nothing
    # stored links it to a counted ranking.
    assert not Ballot.objects.exists()
    assert receipt not in vote.ballot_file


def test_a_paper_ballot_gets_a_receipt_for_its_stub(vote):
    ct = vote.ballot_themes.first()
    receipt = services.enter_paper_ballot(UserFactory(), ct, ct.option_ids()[:1])
    assert re.fullmatch(r"([A-Z2-9]{4}-){4}[A-Z2-9]{4}", receipt)
    assert receipt == sealing.receipt(Ballot.objects.get().sealed)
