"""The rows the migrations write, kept once per test database and put back
after the flush that ends a transactional test (PostgreSQL).

Migrations write the root page and collection, the locales, the default site,
Wagtail's workflow, the staff roles with their permissions and the proposal
statuses. A flush empties every table; Django's serialized rollback would put
those rows back by deserialising and saving them one object at a time. Here
each table that held rows after migrating is copied once into a schema of its
own, and restoring is a TRUNCATE and one INSERT ... SELECT per table.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction

SCHEMA = "migrated_rows"

_kept = {"tables": [], "filled": [], "flushed": False}


def _quoted(table):
    return connection.ops.quote_name(table)


def keep():
    """Copy every table that the migrations filled into the `migrated_rows` schema.

    A database kept from an earlier run (`--reuse-db`) already has the copy,
    taken when it was migrated; what the earlier run left in its tables is then
    replaced by it at the first `restore`.
    """
    if connection.vendor != "postgresql":
        return  # SQLite runs no transactional test (see the Makefile)
    if _kept_tables():
        attach(as_migrated=False)
        return
    tables = _django_tables()
    filled = []
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        for table in tables:
            cursor.execute(f"SELECT EXISTS (SELECT FROM {_quoted(table)})")
            if cursor.fetchone()[0]:
                cursor.execute(
                    f"CREATE TABLE {SCHEMA}.{_quoted(table)} AS TABLE {_quoted(table)}"
                )
                filled.append(table)
    _kept.update(tables=tables, filled=filled, flushed=False)


def attach(as_migrated=True):
    """Use the copy a database already holds (a copy of a migrated template)."""
    _kept.update(
        tables=_django_tables(), filled=_kept_tables(), flushed=not as_migrated
    )


def _django_tables():
    return sorted(
        connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
    )


def _kept_tables():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
            [SCHEMA],
        )
        return sorted(row[0] for row in cursor.fetchall())


def flushed():
    """Say that the database is about to be flushed (a transactional test ends)."""
    _kept["flushed"] = True


def restore():
    """Put the migrations' rows back if a flush removed them, and nothing else.

    The flush's post_migrate handlers recreate content types, permissions and
    roles under new ids: those tables are emptied too, and the original rows
    (which the pages and groups point to) come back.
    """
    if not _kept["flushed"]:
        return
    statements = ["TRUNCATE " + ", ".join(_quoted(t) for t in _kept["tables"])]
    statements += [
        f"INSERT INTO {_quoted(t)} SELECT * FROM {SCHEMA}.{_quoted(t)}"
        for t in _kept["filled"]
    ]
    # Inside a test's transaction (a test that is not transactional run after
    # one that is) the restore is rolled back with the test: do it again next time.
    lasting = not connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(";\n".join(statements))
    # Ids cached by the process belong to the rows the flush removed.
    ContentType.objects.clear_cache()
    cache.clear()
    if lasting:
        _kept["flushed"] = False
