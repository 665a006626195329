"""Fifty simultaneous ballots from one voter in one theme count once, on PostgreSQL.

Without the register's unique constraint the same race casts many ballots: the
second test drops the constraint for the length of the race (no migration,
restored in `finally`) and shows all 50 ballots go through: the constraint is
the only thing standing between a voter and a second ballot, by design (a
"check, then insert" in Python would race).
"""

import threading

import pytest
from django.db import connection, connections

from participation.models import Ballot, VoterRecord
from participation.votes import services
from tests.factories.votes import campaign

CONSTRAINT = "one_ballot_per_voter_and_theme"


def race(campaign_theme, attempts=50):
    """Cast the same voter's ballot from `attempts` threads released together."""
    option = campaign_theme.option_ids()[0]
    barrier = threading.Barrier(attempts)
    outcomes = []

    def attempt():
        try:
            barrier.wait()
            services.cast_ballot(
                campaign_theme, [option], "online", voter_key="same-voter"
            )
            outcomes.append("cast")
        except services.AlreadyVoted:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_fifty_simultaneous_ballots_from_one_voter_count_once():
    ct = campaign().ballot_themes.first()
    outcomes = race(ct)
    assert outcomes.count("cast") == 1 and outcomes.count("refused") == 49
    assert Ballot.objects.count() == 1 and VoterRecord.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_without_the_unique_constraint_the_same_race_casts_many_ballots():
    ct = campaign().ballot_themes.first()
    table = VoterRecord._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {CONSTRAINT}")
    try:
        outcomes = race(ct)
        assert outcomes.count("cast") == 50  # nothing else stops a double vote
        assert Ballot.objects.count() == outcomes.count("cast")
    finally:
        VoterRecord.objects.all().delete()
        with connection.cursor() as cursor:
            cursor.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT {CONSTRAINT} "
                "UNIQUE (campaign_id, theme_id, voter_key)"
            )
