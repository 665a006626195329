"""The test settings with the shared Redis cache of production.

For tests that run the site in several server processes against the test
database (tests/participation/votes/test_limits_across_processes.py): limits
must then hold across processes, as in production. REDIS_URL and
AGIR_CACHE_KEY_PREFIX keep a test's keys apart; AGIR_TRUSTED_PROXY_COUNT says
how many proxies the test pretends to be.
"""

import os

from .test import *  # noqa: F403

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        "KEY_PREFIX": os.environ.get("AGIR_CACHE_KEY_PREFIX", "agir-test"),
    }
}
AGIR_TRUSTED_PROXY_COUNT = ALLAUTH_TRUSTED_PROXY_COUNT = int(
    os.environ.get("AGIR_TRUSTED_PROXY_COUNT", "0")
)
# As production: sessions read through the shared cache, and anonymous pages
# served from it (these servers commit, so every write purges).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
AGIR_PAGE_CACHE = True
