"""The test suite: PostgreSQL through DATABASE_URL (the local server by default)."""

import os

import dj_database_url

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
VOTER_KEY_SECRET = "test-only-voter-key"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/agir")
    )
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
# The suite decides the proxies itself, whatever the environment says.
AGIR_TRUSTED_PROXY_COUNT = ALLAUTH_TRUSTED_PROXY_COUNT = 0
# Most tests read pages right after writing in a transaction that never
# commits (so never purges): they run without the page cache; the page cache's
# own tests turn it on.
AGIR_PAGE_CACHE = False
# Tasks run as they are queued; tests of the worker switch to the database.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# No machine translator unless a test starts its fake one (tests/machine_translation).
AGIR_MACHINE_TRANSLATION = WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
