"""Production: every secret and host from the environment, hardened defaults."""

import logging
import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list
from .storage import frontend_cache, media_storage

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. Production settings refuse to start without "
        "a secret key: set DJANGO_SECRET_KEY to a long random value."
    )
# The vote's keys (who voted, mailbox claims, voting codes) are HMACs under
# this secret: it must be its own, and stay the same across deployments.
if not VOTER_KEY_SECRET:  # noqa: F405
    raise ImproperlyConfigured(
        "AGIR_VOTER_KEY_SECRET is not set. Production settings refuse to start "
        "without the secret that keys the vote's register: set it to a long random "
        "value, distinct from DJANGO_SECRET_KEY, and keep it across deployments. "
        "If the site ran without it, its votes were keyed with DJANGO_SECRET_KEY: "
        "put that value in AGIR_VOTER_KEY_SECRET_FALLBACKS."
    )
if VOTER_KEY_SECRET == SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "AGIR_VOTER_KEY_SECRET equals DJANGO_SECRET_KEY. Give the vote its own "
        "secret, so that rotating the one does not touch the other; an older "
        "voter key secret goes in AGIR_VOTER_KEY_SECRET_FALLBACKS."
    )

if (AGIR_MACHINE_TRANSLATION or {}).get("backend") == "demo":  # noqa: F405
    raise ImproperlyConfigured(
        "AGIR_MACHINE_TRANSLATION_BACKEND=demo is the demo's translator, which "
        "knows only the demo's texts: set libretranslate or deepl, or leave it empty."
    )

# Emails name their sender, and every link they carry, the page links and the
# sitemap are built on the public address: neither has a usable default.
DEFAULT_FROM_EMAIL = SERVER_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "").strip()
if not DEFAULT_FROM_EMAIL:
    raise ImproperlyConfigured(
        "DEFAULT_FROM_EMAIL is not set. Production refuses to send emails from a "
        "made-up address: set it to the city's sender, for example "
        'DEFAULT_FROM_EMAIL="Ville d\'Ivry <climat@ivry.fr>" (replies are not '
        "expected: the emails point residents to the site settings' contact email)."
    )
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip()
if not WAGTAILADMIN_BASE_URL:
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL is not set. Emails, feeds and the sitemap need the "
        "site's public address: set it, for example "
        "WAGTAILADMIN_BASE_URL=https://climat.ivry.fr, then run "
        "`manage.py set_site_host`."
    )

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
WAGTAILFRONTENDCACHE = frontend_cache(os.environ)
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
if STORAGES["default"]["BACKEND"] != "django.core.files.storage.FileSystemStorage":
    # Documents keep their privacy checks: Django streams them from the bucket.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The load balancer asks each server over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Lock-outs and rate limits (wrong voting codes, sign-in failures, contributions)
# are counted in the cache. With a per-process cache each worker would count on
# its own, and a guesser would get workers × the limit: production needs one
# cache shared by every worker, or an explicit acceptance of per-process limits.
if os.environ.get("REDIS_URL"):
    # Sessions are read from memory as well (written through to the database).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
elif env_bool("AGIR_ALLOW_PER_PROCESS_LIMITS"):
    # Settings load before logging is configured: Python's last-resort handler
    # still prints a warning to stderr, once per process that starts.
    logging.getLogger("climate_site.settings").warning(
        "WARNING: REDIS_URL is not set and AGIR_ALLOW_PER_PROCESS_LIMITS is on: "
        "rate limits and lock-outs (voting codes, sign-in) are counted per "
        "process, so each worker allows the full limit. Run a single worker, "
        "or set REDIS_URL."
    )
else:
    raise ImproperlyConfigured(
        "REDIS_URL is not set. Production counts rate limits and lock-outs "
        "(wrong voting codes, failed sign-ins) in a cache shared by every worker: "
        "set REDIS_URL (for example redis://127.0.0.1:6379/0). To run with limits "
        "counted per process instead (a single worker), set "
        "AGIR_ALLOW_PER_PROCESS_LIMITS=true."
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
