"""A new version of an objective or committee page is news for its followers.

Only the page in the default language counts: its translations follow it, and
one change must not reach followers once per language."""

from functools import partial

from django.db import transaction
from wagtail.models import Locale
from wagtail.signals import page_published


def page_published_handler(sender, instance, **kwargs):
    from notifications.tasks import notify_page_change

    if instance.locale_id != Locale.get_default().pk:
        return
    transaction.on_commit(partial(notify_page_change.enqueue, instance.pk))


def connect():
    from climate_plan.models import CommitteePage, ObjectivePage

    for model in (ObjectivePage, CommitteePage):
        page_published.connect(
            page_published_handler,
            sender=model,
            dispatch_uid=f"notifications-{model._meta.model_name}",
        )
