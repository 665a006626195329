"""The worker sends the digests: its timer queues the sender at every beat."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from notifications.models import Event, Frequency, Kind, Notification
from tests.factories.accounts import UserFactory
from tests.factories.plan import plan


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_a_digest_that_is_due(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from climate_plan.models import ObjectivePage

    plan(themes=1, objectives=1, actions=0)
    reader = UserFactory(preferred_language="en")
    Notification.objects.create(
        user=reader,
        kind=Kind.NEWS,
        event=Event.PAGE_CHANGE,
        frequency=Frequency.DAILY,
        page=ObjectivePage.objects.get(),
        created_at=timezone.now() - datetime.timedelta(days=2),
    )
    call_command("run_worker", batch=True, reload=False, startup_delay=False)
    assert [m.to for m in mail.outbox] == [[reader.email]]
    assert "Your daily summary" in mail.outbox[0].subject
    assert not Notification.objects.filter(sent_at=None).exists()
