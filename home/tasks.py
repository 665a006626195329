"""Site-wide background work run by the worker (`manage.py run_worker`)."""

import datetime

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

# Finished runs of the timer's task are kept this long, then deleted.
KEEP_FINISHED_RUNS = datetime.timedelta(days=1)


@task()
def publish_scheduled():
    """Publish the pages and snippets whose go-live time has come, and
    unpublish the expired ones (Wagtail's `publish_scheduled` command)."""
    call_command("publish_scheduled", verbosity=0)


def enqueue_publish_scheduled(now=None):
    """The timer's tick: queue one `publish_scheduled` run unless one is
    already waiting (several workers, or a slow run, do not pile runs up), and
    forget the successful runs of more than a day ago. Returns the queued
    result, or None."""
    now = now or timezone.now()
    runs = DBTaskResult.objects.filter(task_path=publish_scheduled.module_path)
    runs.filter(
        status=TaskResultStatus.SUCCESSFUL, finished_at__lt=now - KEEP_FINISHED_RUNS
    ).delete()
    if runs.filter(status=TaskResultStatus.READY).exists():
        return None
    return publish_scheduled.enqueue()
