"""Grouping suggestions run by the background worker: clustering a big call
takes longer than a request should."""

from django.utils import translation
from django_tasks import task


@task()
def run_grouping(run_id):
    """Cluster a stored run's proposals (`services.execute_run`)."""
    from participation.grouping import services
    from participation.grouping.models import GroupingRun

    run = GroupingRun.objects.select_related("call").get(pk=run_id)
    with translation.override(run.language):
        try:
            services.execute_run(run)
        except Exception:
            # Nothing was stored; say so on the run's page, and let the worker
            # record the failure.
            services.stop_run(run)
            raise
