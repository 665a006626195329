"""The one background worker runs queued tasks and, on its timer, publishes the
pages whose scheduled time has come."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from home.tasks import enqueue_publish_scheduled, publish_scheduled
from tests.factories.pages import ContentPageFactory, home_page

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@task()
def send_greeting(address):
    mail.send_mail("Bonjour", "Un courriel envoyé en tâche de fond.", None, [address])


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS


def run_worker_until_idle():
    call_command("run_worker", batch=True, reload=False, startup_delay=False)


def scheduled_page(go_live_at):
    """A draft whose revision an editor scheduled to go live at `go_live_at`."""
    page = ContentPageFactory(parent=home_page(), title="Bientôt", slug="bientot")
    page.unpublish()
    page = Page.objects.get(pk=page.pk).specific
    page.go_live_at = go_live_at
    page.save_revision(approved_go_live_at=go_live_at)
    return page


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_a_task_queued_by_a_request(database_tasks):
    send_greeting.enqueue("habitante@example.org")
    assert not mail.outbox  # queued, not sent during the request

    run_worker_until_idle()

    assert [message.to for message in mail.outbox] == [["habitante@example.org"]]
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL)


@pytest.mark.django_db(transaction=True)
def test_a_page_scheduled_in_the_past_goes_live_when_the_timer_runs(
    database_tasks, client
):
    page = scheduled_page(timezone.now() - datetime.timedelta(minutes=2))
    assert client.get("/bientot/").status_code == 404

    run_worker_until_idle()  # the timer beats once as the worker starts

    assert Page.objects.get(pk=page.pk).live
    assert client.get("/bientot/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_page_scheduled_for_later_waits(database_tasks):
    page = scheduled_page(timezone.now() + datetime.timedelta(hours=1))

    run_worker_until_idle()

    assert not Page.objects.get(pk=page.pk).live


@pytest.mark.django_db(transaction=True)
def test_the_timer_queues_one_run_at_a_time(database_tasks):
    assert enqueue_publish_scheduled() is not None
    assert enqueue_publish_scheduled() is None  # one is already waiting

    runs = DBTaskResult.objects.filter(task_path=publish_scheduled.module_path)
    assert runs.count() == 1
