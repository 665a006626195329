"""The load balancer's question: can this server answer? It can when it
reaches the database and the shared cache."""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return False


def cache_answers():
    # One key per check: concurrent checks must not read each other's value.
    value = uuid.uuid4().hex
    key = f"health-check:{value}"
    try:
        cache.set(key, value, timeout=10)
        answered = cache.get(key) == value
        cache.delete(key)
        return answered
    except Exception:  # any cache backend's failure means "down"
        logger.exception("Health check: the cache does not answer")
        return False


@never_cache
def health(request):
    """200 when the database and the cache answer, else 503, with which failed."""
    checks = {"database": database_answers(), "cache": cache_answers()}
    return JsonResponse(
        {name: "ok" if ok else "failing" for name, ok in checks.items()},
        status=200 if all(checks.values()) else 503,
    )
