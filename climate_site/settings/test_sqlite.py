"""The hostile-input checks on SQLite (`make test` runs them on both
databases): integer ranges, NUL and full-text syntax fail differently there."""

from .test import *  # noqa: F403

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
