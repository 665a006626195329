"""The site's one background worker: django-tasks' database worker (emails,
imports, search-index updates, every queue) plus a timer that queues Wagtail's
`publish_scheduled` every minute, so scheduled pages go live on time, and the
periodic tasks features register (`home.tasks.TIMER_HOOK`: email digests)."""

import logging
import os
import threading

from django.db import close_old_connections, connection
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from home.tasks import enqueue_timer_tasks

logger = logging.getLogger(__name__)


def tick():
    """One beat of the timer; an error is logged, never fatal to the worker."""
    try:
        close_old_connections()
        enqueue_timer_tasks()
    except Exception:  # the next beat tries again (logged with its traceback)
        logger.exception("Could not queue the timer's tasks")
    finally:
        connection.close()


def run_timer(stop, every):
    while not stop.wait(every):
        tick()


class Command(db_worker.Command):
    help = (
        "Run the background worker: every queue of the database task backend, "
        "and publish_scheduled and the periodic tasks every --timer seconds."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(queue_name="*")
        parser.add_argument(
            "--timer",
            type=float,
            default=60.0,
            help="Seconds between two beats of the timer (default: 60).",
        )

    def handle(self, *args, timer, batch, reload, **options):
        # Under the autoreloader, only the child process (the one that runs
        # tasks) keeps time.
        keeps_time = not reload or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true"
        stop = threading.Event()
        if keeps_time:
            enqueue_timer_tasks()  # at start, then on every beat
            if not batch:
                threading.Thread(
                    target=run_timer, args=(stop, timer), daemon=True, name="timer"
                ).start()
        try:
            super().handle(*args, batch=batch, reload=reload, **options)
        finally:
            stop.set()
