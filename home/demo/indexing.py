"""Index once at the end of the demo rather than at every save.

Each demo page is saved several times (created, revised, published, then
translated twice); updating the search and reference indexes at each save
cost about half of `load_demo`. The indexes are rebuilt once afterwards.
"""

from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexing_deferred():
    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    saved = {name: params.get("AUTO_UPDATE") for name, params in backends.items()}
    for params in backends.values():
        params["AUTO_UPDATE"] = False
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for name, value in saved.items():
            if value is None:
                backends[name].pop("AUTO_UPDATE", None)
            else:
                backends[name]["AUTO_UPDATE"] = value
    call_command("rebuild_references_index", verbosity=0)
    call_command("wagtail_update_index", verbosity=0)
