from wagtail import hooks

from search.sources import pages_source

# Pages come before every other source's results.
hooks.register("register_search_source", pages_source, order=-100)
