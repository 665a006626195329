"""Background work of follows and digests, run by the worker."""

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def send_due_notifications():
    """The timer's task: late immediate emails and the digests due
    (`sending.send_due`)."""
    from notifications.sending import send_due

    return send_due()


@task()
def notify_action_update(update_id, status_changed):
    """Tell the followers of an action (its objective, its committees) about
    a new update."""
    from climate_plan.models import ActionUpdate
    from notifications import events

    update = ActionUpdate.objects.select_related("action").filter(pk=update_id).first()
    if update is not None:
        events.action_update(update, status_changed)


@task()
def notify_page_change(page_id):
    """Tell the followers of an objective or committee page it changed."""
    from wagtail.models import Page

    from notifications import events

    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is not None:
        events.page_change(page)
