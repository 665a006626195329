"""Where cached answers live: Django's default cache (Redis in production, so
every app server shares them), under keys that carry a generation number.

Purging bumps the generation: every key written before becomes unreachable at
once, on every server, in one cache write. The old entries expire by
themselves (AGIR_PAGE_CACHE_SECONDS).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"
# Pieces of pages kept apart (the menu, the language links): their own
# generation, also increased at the write itself (see purge.py).
FRAGMENTS_KEY = "page-cache:generation:fragments"


def seconds():
    """How long an answer is kept at most, even when nothing changes."""
    return getattr(settings, "AGIR_PAGE_CACHE_SECONDS", 300)


def generation(name=GENERATION_KEY):
    """The current generation: the number purges increase."""
    current = cache.get(name)
    if current is None:
        cache.add(name, 1, timeout=None)
        current = cache.get(name, 1)
    return current


def fragments_generation():
    return generation(FRAGMENTS_KEY)


def key(host, language, full_path):
    """The key of one answer: the generation, the site, the language, the URL."""
    digest = hashlib.sha256(full_path.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:{generation()}:{host}:{language}:{digest}"


def purge(names=(GENERATION_KEY, FRAGMENTS_KEY)):
    """Make every cached answer (and fragment) unreachable, on every server
    sharing the cache."""
    for name in names:
        try:
            cache.incr(name)
        except ValueError:  # never set, or evicted: any new value forgets the old keys
            cache.set(name, generation(name) + 1, timeout=None)


def purge_fragments():
    purge((FRAGMENTS_KEY,))


def get(entry_key):
    return cache.get(entry_key)


def put(entry_key, entry):
    cache.set(entry_key, entry, timeout=seconds())
