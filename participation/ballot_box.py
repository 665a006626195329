"""The ballot box: what casting a confirmed ballot reads and writes, as SQL.

Casting is the busiest request of a vote: most ballots come in the last
evenings, in every theme at once. On that path, building the statements
through the ORM cost more CPU than running them, so the read and the two
inserts are spelled out here, against the tables and columns the models
define (bench/votes.py measures the whole request). Every other read and
write of the vote goes through the ORM.

Once a vote has ballots its rules can no longer change (`VoteCampaignForm`),
so each process keeps what it read of them. The one thing that can still
move is the closing time ("close early"): that is why the who-voted row is
written only if the database says, in the same statement, that the vote is
open. A vote closed early, or deleted, takes no more ballots in any process.
"""

from django.db import connection

from .models.votes import Ballot, CampaignTheme, VoteCampaign

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
        f" EXISTS (SELECT 1 FROM {_table(Ballot)} b WHERE b.campaign_id = c.id)"
        " AS has_ballots"
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


def forget():
    """Drop what this process keeps of the votes' rules (tests start afresh)."""
    _frozen.clear()


def _row(instance):
    """Quoted column names and database values of a new instance, as save() would."""
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
    return columns, values


def insert(instance):
    """Write a new instance's row; no signals, no primary key read back.

    The ballot's key is a UUID made beforehand, and nothing reads the
    register row's. Runs in the caller's transaction.
    """
    columns, values = _row(instance)
    marks = ", ".join(["%s"] * len(values))
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {_table(type(instance))} ({columns}) VALUES ({marks})", values)
    instance._state.adding = False
    instance._state.db = connection.alias
    return instance


def insert_while_open(record, now):
    """Write a who-voted row only if its vote is open at `now`; True if written.

    The database decides, in the statement that writes the row, so a vote
    closed early a moment ago takes no ballot, whatever this process read.
    """
    columns, values = _row(record)
    marks = ", ".join(["%s"] * len(values))
    query = (
        f"INSERT INTO {_table(type(record))} ({columns})"
        f" SELECT {marks} FROM {_table(VoteCampaign)} c"
        " WHERE c.id = %s AND c.opens_at <= %s AND c.closes_at > %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, [*values, record.campaign_id, now, now])
        written = cursor.rowcount == 1
    if written:
        record._state.adding = False
        record._state.db = connection.alias
    return written
