"""What moved between two frozen reports: the one place this is computed.

Rows are matched by action (its translation key), so a renamed action is the
same action. Between the earlier report A and the later report B:

- *done since*: done in B, not done in A (or absent from A);
- *started since*: planned in A (or absent from A), in progress or delayed in B;
- *late*: in B, delayed, or past its end date without being done or abandoned,
  each saying whether it was already late in A;
- *abandoned since*: abandoned in B, not in A;
- the plan's and each theme's progress in A and B, by the roll-up rule of
  `climate_plan.progress` applied to the frozen rows.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from climate_plan.models import ActionStatus
from climate_plan.progress import RUNNING, objective_progress, parent_progress
from plan_reports.queries import report_rows

FINISHED = {ActionStatus.DONE, ActionStatus.ABANDONED}


def is_late(row, as_of):
    """Delayed, or past its end date without being done or abandoned."""
    if row.status == ActionStatus.DELAYED:
        return True
    return (
        row.end_date is not None and row.end_date < as_of and row.status not in FINISHED
    )


def themes_progress(rows):
    """{theme key: (title, progress)} in the plan's order, by the roll-up rule."""
    themes, titles = {}, {}
    for row in rows:
        titles[row.theme_key] = row.theme
        objectives = themes.setdefault(row.theme_key, defaultdict(list))
        objectives[row.objective_key].append(row.counted_progress)
    return {
        key: (
            titles[key],
            parent_progress(objective_progress(v) for v in objectives.values()),
        )
        for key, objectives in themes.items()
    }


@dataclass
class LateAction:
    row: object
    already_late: bool


@dataclass
class Comparison:
    before: object
    after: object
    done_since: list = field(default_factory=list)
    started_since: list = field(default_factory=list)
    abandoned_since: list = field(default_factory=list)
    late: list = field(default_factory=list)
    themes: list = field(default_factory=list)  # (title, before, after)
    status_counts: list = field(default_factory=list)  # (status, label, a, b)

    @property
    def progress_change(self):
        if (
            self.before is None
            or self.before.plan_progress is None
            or self.after.plan_progress is None
        ):
            return None
        return self.after.plan_progress - self.before.plan_progress

    @property
    def newly_late(self):
        return [item for item in self.late if not item.already_late]


def compare(before, after, language=None):
    """The Comparison of two reports; given in either order, the earlier one
    is `before`."""
    if (before.as_of, before.pk) > (after.as_of, after.pk):
        before, after = after, before
    rows_before = report_rows(before, language)
    rows_after = report_rows(after, language)
    earlier = {row.action_key: row for row in rows_before}
    result = Comparison(before=before, after=after)
    for row in rows_after:
        old = earlier.get(row.action_key)
        old_status = old.status if old else ActionStatus.PLANNED
        if row.status == ActionStatus.DONE and old_status != ActionStatus.DONE:
            result.done_since.append(row)
        elif row.status in RUNNING and old_status == ActionStatus.PLANNED:
            result.started_since.append(row)
        elif row.status == ActionStatus.ABANDONED and old_status != row.status:
            result.abandoned_since.append(row)
        if is_late(row, after.as_of):
            result.late.append(
                LateAction(row, old is not None and is_late(old, before.as_of))
            )
    progress_before = themes_progress(rows_before)
    result.themes = [
        (title, progress_before.get(key, (None, None))[1], progress)
        for key, (title, progress) in themes_progress(rows_after).items()
    ]
    result.status_counts = [
        (
            status,
            ActionStatus(status).label,
            sum(row.status == status for row in rows_before),
            sum(row.status == status for row in rows_after),
        )
        for status in ActionStatus.values
    ]
    return result


def summary(report, language=None, rows=None):
    """A report on its own: a Comparison with nothing before it."""
    rows = report_rows(report, language) if rows is None else rows
    result = Comparison(before=None, after=report)
    result.late = [LateAction(row, False) for row in rows if is_late(row, report.as_of)]
    result.themes = [
        (title, None, progress) for title, progress in themes_progress(rows).values()
    ]
    result.status_counts = [
        (
            status,
            ActionStatus(status).label,
            None,
            sum(row.status == status for row in rows),
        )
        for status in ActionStatus.values
    ]
    return result
