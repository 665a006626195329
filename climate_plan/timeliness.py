"""Is the plan followed on time? The two rules, and the queries that apply them.

- **Late**: an action is late when at least one of its tasks is past due and
  not done — its due date is before today and it has no completion date.
- **Stale** ("no news since {date}"): an action is stale when its last news
  is older than its plan's update interval (`update_interval_days`, 90 by
  default), i.e. last news < today − interval. Its last news is the date of its
  latest update (in any language), or, while it has none, the day its page was
  first published. News exactly one interval old is still on time.

A done or abandoned action is neither late nor stale: there is nothing left to
report. Both rules take `today` so that tests and reports can ask "as of".
"""

import datetime
from dataclasses import dataclass

from django.db.models import (
    BooleanField,
    Case,
    Count,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from climate_plan.models import ActionPage, ActionStatus, ActionTask, ActionUpdate

FINISHED = (ActionStatus.DONE, ActionStatus.ABANDONED)


def is_task_late(task, today):
    """A task is late when its due date has passed and it is not done."""
    return task.completed_on is None and task.due_date < today


def stale_cutoff(interval_days, today):
    """News dated before this day is too old."""
    return today - datetime.timedelta(days=interval_days)


def today():
    return timezone.localdate()


def annotated(queryset, interval_days, on=None):
    """`queryset` of actions annotated with what the rules read:
    `last_update_on`, `last_news_on`, `late_task_count`, `is_late`, `is_stale`.

    Readable by any code (reports, reminders, exports, an API); filter with
    `.filter(is_stale=True)` or `.filter(is_late=True)`.
    """
    on = on or today()
    latest_update = (
        ActionUpdate.objects.filter(action__translation_key=OuterRef("translation_key"))
        .order_by("-date")
        .values("date")[:1]
    )
    late_tasks = (
        ActionTask.objects.filter(
            page=OuterRef("pk"), due_date__lt=on, completed_on__isnull=True
        )
        .values("page")
        .annotate(n=Count("pk"))
        .values("n")
    )
    unfinished = ~Q(status__in=FINISHED)
    return queryset.annotate(
        last_update_on=Subquery(latest_update),
        last_news_on=Coalesce(Subquery(latest_update), TruncDate("first_published_at")),
        late_task_count=Coalesce(
            Subquery(late_tasks, output_field=IntegerField()), Value(0)
        ),
    ).annotate(
        is_late=Case(
            When(unfinished & Q(late_task_count__gt=0), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        ),
        is_stale=Case(
            When(
                unfinished & Q(last_news_on__lt=stale_cutoff(interval_days, on)),
                then=Value(True),
            ),
            default=Value(False),
            output_field=BooleanField(),
        ),
    )


def plan_actions(plan, on=None):
    """The plan's live actions (in the plan's language), annotated as above."""
    return annotated(
        ActionPage.objects.descendant_of(plan).live(), plan.update_interval_days, on
    )


@dataclass(frozen=True)
class Flags:
    last_news_on: datetime.date | None
    late_task_count: int
    is_late: bool
    is_stale: bool


NO_FLAGS = Flags(None, 0, False, False)


def plan_flags(plan, on=None):
    """{action pk: Flags} for the plan's live actions, in one query."""
    rows = plan_actions(plan, on).values_list(
        "pk", "last_news_on", "late_task_count", "is_late", "is_stale"
    )
    return {pk: Flags(*values) for pk, *values in rows}
