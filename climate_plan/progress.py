"""How far the plan has gone: the one place where progress is computed.

The roll-up rule, action → objective → theme → plan:

1. An action counts its progress percentage; a *done* action counts 100 %
   whatever its percentage says; an *abandoned* action is left out entirely
   (it neither helps nor drags its objective).
2. An objective's progress is the plain mean of its counted actions. An
   objective with no counted action has no progress of its own: it is shown
   as "not started" and counts 0 % in its theme (the commitment stands).
3. A theme's progress is the plain mean of its objectives (each objective
   weighs the same, whatever its number of actions); the plan's progress is
   the plain mean of its themes. A theme without objectives is "not started"
   and counts 0 % in the plan.
4. Nothing is rounded here; templates format the numbers.

The same rule gives the stock-take as of a date, with each action's status
and progress taken from the last update dated on or before that date (an
action without such an update counts as planned, 0 %).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from statistics import fmean

from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from climate_plan.models import (
    ActionPage,
    ActionStatus,
    ActionUpdate,
    ClimatePlanPage,
    CommitteePage,
    ObjectivePage,
    ThemePage,
)
from home.models import with_card_pictures

STEPLEN = ActionPage.steplen
RUNNING = {ActionStatus.IN_PROGRESS, ActionStatus.DELAYED}
RUNNING_LABEL = _("Under way (in progress or delayed)")


def action_progress(status, progress):
    """Rule 1: the percentage an action contributes, or None when abandoned."""
    if status == ActionStatus.ABANDONED:
        return None
    if status == ActionStatus.DONE:
        return 100.0
    return float(min(max(progress or 0, 0), 100))


def objective_progress(action_values):
    """Rule 2: the mean of the counted actions, None when there is none."""
    counted = [value for value in action_values if value is not None]
    return fmean(counted) if counted else None


def parent_progress(child_values):
    """Rule 3: the mean of the children, a "not started" child counting 0 %."""
    child_values = list(child_values)
    if not child_values:
        return None
    return fmean(value or 0.0 for value in child_values)


@dataclass
class ActionNode:
    page: ActionPage
    status: str
    progress: float | None  # None: abandoned

    @property
    def status_label(self):
        return ActionStatus(self.status).label


@dataclass
class ObjectiveNode:
    page: ObjectivePage
    actions: list = field(default_factory=list)

    @property
    def progress(self):
        return objective_progress(action.progress for action in self.actions)


@dataclass
class ThemeNode:
    page: ThemePage
    objectives: list = field(default_factory=list)

    @property
    def progress(self):
        return parent_progress(objective.progress for objective in self.objectives)

    @property
    def actions(self):
        return [action for objective in self.objectives for action in objective.actions]


@dataclass
class PlanProgress:
    plan: ClimatePlanPage
    themes: list = field(default_factory=list)

    @property
    def progress(self):
        return parent_progress(theme.progress for theme in self.themes)

    @property
    def actions(self):
        return [action for theme in self.themes for action in theme.actions]

    def status_counts(self):
        counts = dict.fromkeys(ActionStatus.values, 0)
        for action in self.actions:
            counts[action.status] += 1
        return [(ActionStatus(status).label, status, n) for status, n in counts.items()]


def _children_by_parent_path(pages):
    grouped = defaultdict(list)
    for page in pages:
        grouped[page.path[:-STEPLEN]].append(page)
    return grouped


def plan_progress(plan, states=None):
    """The plan's tree with progress at every level, in three queries.

    `states` maps an action's translation key to `(status, progress)`; by
    default each action's own fields are used.
    """
    themes = with_card_pictures(
        ThemePage.objects.child_of(plan).live().order_by("path")
    )
    objectives = ObjectivePage.objects.descendant_of(plan).live().order_by("path")
    actions = ActionPage.objects.descendant_of(plan).live().order_by("path")
    objectives_by_theme = _children_by_parent_path(objectives)
    actions_by_objective = _children_by_parent_path(actions)

    result = PlanProgress(plan=plan)
    for theme in themes:
        theme_node = ThemeNode(page=theme)
        for objective in objectives_by_theme.get(theme.path, []):
            objective_node = ObjectiveNode(page=objective)
            for action in actions_by_objective.get(objective.path, []):
                if states is None:
                    status, progress = action.status, action.progress
                else:
                    status, progress = states.get(
                        action.translation_key, (ActionStatus.PLANNED, 0)
                    )
                objective_node.actions.append(
                    ActionNode(action, status, action_progress(status, progress))
                )
            theme_node.objectives.append(objective_node)
        result.themes.append(theme_node)
    return result


def states_as_of(date):
    """Each action's (status, progress) from its updates dated on or before `date`."""
    states = {}
    updates = (
        ActionUpdate.objects.filter(date__lte=date)
        .order_by("date", "pk")
        .values_list("action__translation_key", "status", "progress")
    )
    for key, status, progress in updates:
        previous_status, previous_progress = states.get(key, (ActionStatus.PLANNED, 0))
        states[key] = (
            status or previous_status,
            progress if progress is not None else previous_progress,
        )
    return states


def current_plan():
    """The live plan page in the visitor's language (else in the default one)."""
    plans = ClimatePlanPage.objects.live()
    try:
        locale = Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        locale = None
    return plans.filter(locale=locale).first() or plans.first()


def stock_take(as_of):
    """The plan's progress as it stood on `as_of`, or None without a plan."""
    plan = current_plan()
    return plan_progress(plan, states=states_as_of(as_of)) if plan else None


def prioritised_objectives(ranks=None):
    """[(theme, [objectives by vote rank, unranked last])] for the current plan.

    Each objective's `shown_rank` is its priority in the plan, or, with
    `ranks` ({translation key: rank}, from one vote's published results), its
    rank in that vote: what a past vote decided does not move when a later
    vote is applied to the plan.
    """
    plan = current_plan()
    if plan is None:
        return []
    tree = _children_by_parent_path(
        ObjectivePage.objects.descendant_of(plan).live().order_by("path")
    )
    result = []
    for theme in ThemePage.objects.child_of(plan).live().order_by("path"):
        objectives = tree.get(theme.path, [])
        for objective in objectives:
            objective.shown_rank = (
                objective.priority_rank
                if ranks is None
                else ranks.get(str(objective.translation_key))
            )
        if ranks is not None:
            objectives = [o for o in objectives if o.shown_rank is not None]
        objectives = sorted(
            objectives,
            key=lambda o: (o.shown_rank is None, o.shown_rank or 0, o.path),
        )
        result.append((theme, objectives))
    return result


@dataclass
class CoverageShare:
    status: str
    label: str
    tonnes: Decimal
    percent: float | None


def reduction_coverage(plan, progress=None):
    """How much of the needed reduction the planned, running and done actions
    are expected to cover (abandoned ones and unestimated ones count nothing).

    Returns (shares, total_percent) or (None, None) when the plan has no
    baseline to measure against.
    """
    needed = plan.needed_reduction
    if not needed:
        return None, None
    progress = progress or plan_progress(plan)
    buckets = {
        ActionStatus.PLANNED: (ActionStatus.PLANNED.label, Decimal(0)),
        "running": (RUNNING_LABEL, Decimal(0)),
        ActionStatus.DONE: (ActionStatus.DONE.label, Decimal(0)),
    }
    for action in progress.actions:
        expected = action.page.expected_reduction
        if expected is None or action.status == ActionStatus.ABANDONED:
            continue
        key = "running" if action.status in RUNNING else action.status
        label, tonnes = buckets[key]
        buckets[key] = (label, tonnes + expected)
    shares = [
        CoverageShare(str(key), label, tonnes, float(tonnes / needed * 100))
        for key, (label, tonnes) in buckets.items()
    ]
    return shares, sum(share.percent for share in shares)


# What the plan's page templates display, computed once per request through the
# rule above; their query count does not grow with the number of actions.


def plan_context(plan, request):
    """Themes with progress, the trajectory, the coverage and the filtered actions."""
    tree = plan_progress(plan)
    themes = {theme.page.slug: theme for theme in tree.themes}
    chosen_theme = request.GET.get("theme", "")
    chosen_status = request.GET.get("status", "")
    if chosen_theme not in themes:
        chosen_theme = ""
    if chosen_status not in ActionStatus.values:
        chosen_status = ""
    from climate_plan.following import TIMELINESS_CHOICES, list_filters

    filters = list_filters(plan, request)
    rows = [
        (theme, objective, action, filters.flags_of(action.page.pk))
        for theme in tree.themes
        if not chosen_theme or theme.page.slug == chosen_theme
        for objective in theme.objectives
        for action in objective.actions
        if (not chosen_status or action.status == chosen_status)
        and filters.keep(action.page.pk)
    ]
    page_obj = Paginator(rows, plan.actions_per_page).get_page(request.GET.get("page"))
    coverage, coverage_total = reduction_coverage(plan, tree)
    chart, trajectory_url = None, ""
    if plan.trajectory_indicator_id:
        from climate_plan.charts import indicator_chart
        from climate_plan.indicator_pages import indicator_url

        chart = indicator_chart(plan.trajectory_indicator.localized)
        trajectory_url = indicator_url(plan, chart.indicator)
    return {
        "tree": tree,
        "chart": chart,
        "trajectory_url": trajectory_url,
        "coverage": coverage,
        "coverage_total": coverage_total,
        "action_rows": page_obj,
        "chosen_theme": chosen_theme,
        "chosen_status": chosen_status,
        "status_choices": ActionStatus.choices,
        "organisations": filters.organisations,
        "chosen_organisation": filters.chosen_organisation,
        "timeliness_choices": TIMELINESS_CHOICES,
        "chosen_timeliness": filters.chosen_timeliness,
        "organisations_url": plan.organisations_url(),
        "action_count": len(rows),
    }


def theme_context(theme):
    plan = theme.get_parent().specific
    tree = plan_progress(plan)
    node = next((t for t in tree.themes if t.page.pk == theme.pk), None)
    committee = CommitteePage.objects.child_of(theme).live().first()
    return {"theme_node": node, "committee": committee}


def objective_context(objective):
    node = ObjectiveNode(page=objective)
    actions = ActionPage.objects.child_of(objective).live().order_by("path")
    for action in with_card_pictures(actions):
        node.actions.append(
            ActionNode(
                action,
                action.status,
                action_progress(action.status, action.progress),
            )
        )
    return {"objective_node": node}


def action_context(action):
    from climate_plan.dependencies import links_of
    from climate_plan.indicator_pages import indicators_of_action

    needs, enables = links_of(action)
    updates = (
        ActionUpdate.objects.filter(action__translation_key=action.translation_key)
        .select_related("document")
        .order_by("-date", "-pk")
    )
    committees = (
        CommitteePage.objects.live()
        .filter(
            locale_id=action.locale_id,
            monitored_actions__action__translation_key=action.translation_key,
        )
        .distinct()
    )
    return {
        "updates": updates,
        "committees": committees,
        "status_label": ActionStatus(action.status).label,
        "counted_progress": action_progress(action.status, action.progress),
        "needs": needs,
        "enables": enables,
        "affected_indicators": indicators_of_action(action),
    }
