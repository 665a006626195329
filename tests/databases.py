"""The test databases: migrated once per run, copied for each xdist worker.

Migrating costs far more than PostgreSQL's `CREATE DATABASE ... TEMPLATE`:
the first worker to get here migrates a template database (`test_<name>`) and
keeps the migrations' rows in it (see `migrated_rows`); each worker then gets
its own copy of it (`test_<name>_gw0`, `test_<name>_gw1`), which it drops at
the end. The template is dropped when the run ends (`drop_template`).
"""

import fcntl
from contextlib import contextmanager

from django.conf import settings
from django.db import connection

from tests import migrated_rows


@contextmanager
def _lock(path):
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _use(name):
    """Point the default connection (and the settings the live server reads) at `name`."""
    connection.close()
    connection.settings_dict["NAME"] = name
    settings.DATABASES[connection.alias]["NAME"] = name


def template_name():
    """`test_<name>`, whatever suffix pytest-django gave this worker's database."""
    return "test_" + connection.settings_dict["NAME"]


def setup_worker_database(worker, run_dir):
    """This worker's copy of the migrated template; returns the original name."""
    original = connection.settings_dict["NAME"]
    template = template_name()
    with _lock(run_dir / "test-database.lock"):
        ready = run_dir / "test-database.ready"
        if not ready.exists():
            connection.settings_dict["TEST"]["NAME"] = template
            connection.creation.create_test_db(
                verbosity=0, autoclobber=True, serialize=False
            )
            migrated_rows.keep()
            ready.write_text(template)
        _use(template)
        connection.creation.clone_test_db(suffix=worker, verbosity=0, autoclobber=True)
    _use(connection.creation.get_test_db_clone_settings(worker)["NAME"])
    return original


def teardown_worker_database(original):
    connection.creation.destroy_test_db(original, verbosity=0)


def drop_template():
    """Drop the template of a run with workers (called once, when it ends)."""
    name = connection.ops.quote_name(template_name())
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name}")
