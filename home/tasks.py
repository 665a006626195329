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


# Features add their own periodic task with this Wagtail hook: a function
# returning the task, queued on every beat of the worker's timer.
TIMER_HOOK = "register_worker_timer_task"


def enqueue_once(periodic_task, now=None):
    """Queue one run of `periodic_task` unless one is already waiting (several
    workers, or a slow run, do not pile runs up), and forget its successful
    runs of more than a day ago. Returns the queued result, or None."""
    now = now or timezone.now()
    runs = DBTaskResult.objects.filter(task_path=periodic_task.module_path)
    runs.filter(
        status=TaskResultStatus.SUCCESSFUL, finished_at__lt=now - KEEP_FINISHED_RUNS
    ).delete()
    if runs.filter(status=TaskResultStatus.READY).exists():
        return None
    return periodic_task.enqueue()


def enqueue_publish_scheduled(now=None):
    """Queue one `publish_scheduled` run (see `enqueue_once`)."""
    return enqueue_once(publish_scheduled, now)


def enqueue_timer_tasks(now=None):
    """The timer's tick: `publish_scheduled`, then each feature's periodic task."""
    from wagtail import hooks

    enqueue_publish_scheduled(now)
    for periodic_task in hooks.get_hooks(TIMER_HOOK):
        enqueue_once(periodic_task(), now)
