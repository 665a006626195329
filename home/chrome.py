"""The page chrome (main menu, language links, footer) read once per site,
language and content generation, not on every request.

Every page shows the same menu and footer, and each page the same language
links, until some content changes. They are kept in the shared cache under a
key holding the page cache's generation, which every committed write of
public content increases (page_cache.purge): a publish, a move, a new footer
text or site setting make every server read them afresh, at once. Nothing
personal is kept here: what depends on the visitor (signed in or not, the
page being read) is added per request.
"""

from django.core.cache import cache
from django.utils import translation

from page_cache import store


def remember(request, name, build, *parts):
    """`build()`, kept for this site (host), language and generation."""
    host = request.get_host() if request is not None else ""
    key = ":".join(
        [
            "chrome",
            str(store.fragments_generation()),
            host,
            translation.get_language() or "",
            name,
            *(str(part) for part in parts),
        ]
    )
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=store.seconds())
    return value
