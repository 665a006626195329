"""The plan's background work, run by the worker (`manage.py run_worker`)."""

from django.core.cache import cache
from django.utils import timezone
from django_tasks import task


def reminders_key(day):
    return f"climate_plan:reminders:{day.isoformat()}"


@task()
def send_action_reminders():
    """Remind committees and contact people of the actions without news.

    Queued on every beat of the worker's timer; it does its work once a day
    (the first run of the day), and the stored reminders keep anyone from
    being written to twice within the plan's interval whatever runs."""
    from climate_plan.reminders import send_reminders

    today = timezone.localdate()
    if not cache.add(reminders_key(today), True, timeout=60 * 60 * 25):
        return 0
    return send_reminders(today)
