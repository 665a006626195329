"""The ballot box: what casting a confirmed ballot reads and writes, as SQL.

Casting is the busiest request of a vote: most ballots come in the last
evenings, in every theme at once. On that path, building the statements
through the ORM cost more CPU than running them, so the read and the two
inserts are spelled out here, against the tables and columns the models
define (bench/votes.py measures the whole request). Every other read and
write of the vote goes through the ORM.

Once a vote has ballots its rules can no longer change (`VoteCampaignForm`),
so each process keeps what it read of them. What can still move is the
closing time ("close early") and the certification: that is why the
who-voted row is written only if the database says, in the same statement,
that the vote is open and not certified. On PostgreSQL that statement also
takes a share lock on the campaign row, which the certification locks for
update: a ballot either lands before the count or waits and finds the vote
certified. A vote closed early, certified or deleted takes no more ballots in
any process.
"""

import contextlib
import functools

from django.db import connection, transaction

from participation.votes import sealing
from participation.votes.models import Ballot, CampaignTheme, VoteCampaign

# campaign theme id -> (campaign theme, option ids), for votes that have ballots.
_frozen = {}


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def ballot_to_cast(campaign_theme_id):
    """(campaign theme with its campaign, [objective id]) for casting.

    What casting needs and nothing more: the campaign's rules and the ids a
    ranking must come from (no titles: nothing is shown). One query, none
    once the vote has ballots. (None, []) when the theme is on no ballot or
    offers nothing to rank.
    """
    known = _frozen.get(campaign_theme_id)
    if known is not None:
        return known
    query = (
        "SELECT c.*, ct.theme_id AS ballot_theme_id,"
        " o.objectivepage_id AS ballot_option_id,"
        f" (c.certified_at IS NOT NULL OR EXISTS (SELECT 1 FROM {_table(Ballot)} b"
        " WHERE b.campaign_id = c.id)) AS has_ballots"
        f" FROM {_table(VoteCampaign)} c"
        f" JOIN {_table(CampaignTheme)} ct ON ct.campaign_id = c.id"
        f" JOIN {_table(CampaignTheme.options.through)} o ON o.campaigntheme_id = ct.id"
        " WHERE ct.id = %s"
    )
    rows = list(VoteCampaign.objects.raw(query, [campaign_theme_id]))
    if not rows:
        return None, []
    campaign = rows[0]
    campaign_theme = CampaignTheme(
        id=campaign_theme_id, campaign=campaign, theme_id=campaign.ballot_theme_id
    )
    ballot = (campaign_theme, [row.ballot_option_id for row in rows])
    if campaign.has_ballots:
        _frozen[campaign_theme_id] = ballot
    return ballot


@functools.lru_cache(maxsize=64)
def sealing_box(public_key_hex):
    """The vote's sealing box, built once per process and public key."""
    return sealing.box(public_key_hex)


def forget():
    """Drop what this process keeps of the votes' rules (tests start afresh)."""
    _frozen.clear()


def _row(instance):
    """(quoted columns, placeholders, database values) of a new instance, as save() would."""
    fields = [
        field
        for field in instance._meta.concrete_fields
        if not (field.primary_key and getattr(instance, field.attname) is None)
    ]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    values = [
        field.get_db_prep_save(field.pre_save(instance, add=True), connection)
        for field in fields
    ]
    return columns, ", ".join(["%s"] * len(values)), values


def _select(record, open_at):
    """The SELECT giving the who-voted row's values: no row if the vote is not
    open at `open_at` (the window of `rules.phase`, read in the same statement)."""
    columns, marks, values = _row(record)
    if open_at is None:
        return columns, f"SELECT {marks}", values
    condition = (
        f" FROM {_table(VoteCampaign)} c"
        " WHERE c.id = %s AND c.opens_at <= %s AND c.closes_at > %s"
        " AND c.certified_at IS NULL"
    )
    if connection.vendor == "postgresql":
        condition += " FOR KEY SHARE OF c"
    return (
        columns,
        f"SELECT {marks}{condition}",
        [*values, record.campaign_id, open_at, open_at],
    )


def _execute(query, params):
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.rowcount


def _both_in_one_statement(record, ballot, open_at):
    # PostgreSQL: the ballot is written from the rows the register insert
    # returns, so both are written or neither, in one round trip. Alone, the
    # statement is its own transaction; inside one, a savepoint keeps a
    # refused ballot from spoiling it.
    record_columns, record_select, record_params = _select(record, open_at)
    ballot_columns, ballot_marks, ballot_values = _row(ballot)
    query = (
        f"WITH voter AS (INSERT INTO {_table(type(record))} ({record_columns})"
        f" {record_select} RETURNING 1)"
        f" INSERT INTO {_table(type(ballot))} ({ballot_columns})"
        f" SELECT {ballot_marks} FROM voter"
    )
    in_transaction = connection.in_atomic_block
    with transaction.atomic() if in_transaction else contextlib.nullcontext():
        return _execute(query, [*record_params, *ballot_values]) == 1


def _one_after_the_other(record, ballot, open_at):
    record_columns, record_select, record_params = _select(record, open_at)
    with transaction.atomic():
        query = f"INSERT INTO {_table(type(record))} ({record_columns}) {record_select}"
        if _execute(query, record_params) != 1:
            return False
        _insert(ballot)
    return True


def _insert(instance):
    columns, marks, values = _row(instance)
    _execute(
        f"INSERT INTO {_table(type(instance))} ({columns}) VALUES ({marks})", values
    )


def drop(ballot, record=None, open_at=None):
    """Write the ballot and, when given, its who-voted row: both or neither.

    With `open_at` (online ballots, which always have a who-voted row), the
    database writes them only if the vote is open at that time, and False
    says it was not. A second row for the same voter, campaign
    and theme raises IntegrityError. No signals, no key read back: the
    ballot's is a UUID made beforehand, and nothing reads the register row's.
    """
    if record is None:
        _insert(ballot)
        written = [ballot]
    elif connection.vendor == "postgresql":
        written = (
            [record, ballot] if _both_in_one_statement(record, ballot, open_at) else []
        )
    else:
        written = (
            [record, ballot] if _one_after_the_other(record, ballot, open_at) else []
        )
    for instance in written:
        instance._state.adding = False
        instance._state.db = connection.alias
    return bool(written)
