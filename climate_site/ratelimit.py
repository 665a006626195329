"""A small fixed-window rate limiter on Django's cache.

Used for contributions (proposals, comments, reports, ballots, code guesses):
`allow("comment", user.pk, limit=5, period=60)` answers False once the account
has done that five times in the current minute. Windows start on multiples of
the period (a minute starts at :00).

Services count per account or per network address, without a request at
hand, which is why this is not a request decorator. The count lives in the
default cache: with a shared cache (Redis in production) limits hold across
every process. The identity is whatever the caller passes, so behind a proxy
the caller passes the client's address, not the proxy's.
"""

from django.core.cache import cache
from django.utils import timezone


def _key(action, identity, period):
    window = int(timezone.now().timestamp()) // period
    return f"ratelimit:{action}:{identity}:{period}:{window}"


def allow(action, identity, limit, period):
    """Count one attempt and say whether it is within the limit."""
    key = _key(action, identity, period)
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=period + 1)
        count = 1
    return count <= limit


def is_limited(action, identity, limit, period):
    """Whether the limit is already reached, without counting an attempt."""
    return (cache.get(_key(action, identity, period)) or 0) >= limit


def reset(action, identity, period):
    cache.delete(_key(action, identity, period))
