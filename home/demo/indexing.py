"""Index once at the end of the demo rather than at every save.

Each demo page is saved several times (created, revised, published, then
translated twice); updating the search and reference indexes at each save
cost about half of `load_demo`. The indexes are rebuilt once afterwards.
"""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexing_deferred():
    models = [
        model
        for model in index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    call_command("rebuild_references_index", verbosity=0)
    call_command("wagtail_update_index", verbosity=0)
