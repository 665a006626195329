"""What the plan's page templates display, computed once per request.

Each function returns the extra context of one page type; they read through
`progress` so every figure follows the documented roll-up rule, and their
query count does not grow with the number of actions.
"""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from . import progress
from .models import ActionStatus, ActionUpdate, CommitteePage


def localized_pages(pages, locale):
    """Each page's translation in `locale` (else the page itself), in one query."""
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    model = type(pages[0]) if pages else None
    found = (
        {p.translation_key: p for p in model.objects.live().filter(locale=locale, translation_key__in=keys)}
        if pages
        else {}
    )
    return [found.get(page.translation_key, page) for page in pages]


def plan_context(plan, request):
    """Themes with progress, the trajectory, the coverage and the filtered actions."""
    tree = progress.plan_progress(plan)
    themes = {theme.page.slug: theme for theme in tree.themes}
    chosen_theme = request.GET.get("theme", "")
    chosen_status = request.GET.get("status", "")
    if chosen_theme not in themes:
        chosen_theme = ""
    if chosen_status not in ActionStatus.values:
        chosen_status = ""
    rows = [
        (theme, objective, action)
        for theme in tree.themes
        if not chosen_theme or theme.page.slug == chosen_theme
        for objective in theme.objectives
        for action in objective.actions
        if not chosen_status or action.status == chosen_status
    ]
    page_obj = Paginator(rows, plan.actions_per_page).get_page(request.GET.get("page"))
    query = "&".join(
        f"{name}={value}"
        for name, value in (("theme", chosen_theme), ("status", chosen_status))
        if value
    )
    coverage, coverage_total = progress.reduction_coverage(plan, tree)
    chart = None
    if plan.trajectory_indicator_id:
        from .charts import indicator_chart

        chart = indicator_chart(plan.trajectory_indicator.localized)
    return {
        "tree": tree,
        "chart": chart,
        "coverage": coverage,
        "coverage_total": coverage_total,
        "action_rows": page_obj,
        "filter_query": query,
        "chosen_theme": chosen_theme,
        "chosen_status": chosen_status,
        "status_choices": ActionStatus.choices,
        "action_count": len(rows),
    }


def theme_context(theme):
    plan = theme.get_parent().specific
    tree = progress.plan_progress(plan)
    node = next((t for t in tree.themes if t.page.pk == theme.pk), None)
    committee = CommitteePage.objects.child_of(theme).live().first()
    return {"theme_node": node, "committee": committee}


def objective_context(objective):
    node = progress.ObjectiveNode(page=objective)
    for action in progress.ActionPage.objects.child_of(objective).live().order_by("path"):
        node.actions.append(
            progress.ActionNode(
                action, action.status, progress.action_progress(action.status, action.progress)
            )
        )
    return {"objective_node": node}


def action_context(action):
    updates = (
        ActionUpdate.objects.filter(action__translation_key=action.translation_key)
        .select_related("document")
        .order_by("-date", "-pk")
    )
    committees = CommitteePage.objects.live().filter(
        locale_id=action.locale_id,
        monitored_actions__action__translation_key=action.translation_key,
    ).distinct()
    return {
        "updates": updates,
        "committees": committees,
        "status_label": ActionStatus(action.status).label,
        "counted_progress": progress.action_progress(action.status, action.progress),
    }


def committee_context(committee):
    from .models import College

    members = list(committee.members.all())
    colleges = []
    for value, label in College.choices:
        in_college = [m for m in members if m.college == value]
        if in_college:
            colleges.append(
                {
                    "label": label,
                    "named": [m for m in in_college if m.name_published],
                    "unnamed": sum(1 for m in in_college if not m.name_published),
                }
            )
    monitored = [entry.action for entry in committee.monitored_actions.select_related("action")]
    actions = [
        (action, ActionStatus(action.status).label)
        for action in localized_pages(monitored, committee.locale_id)
    ]
    return {
        "colleges": colleges,
        "meetings": committee.meetings.select_related("minutes").all(),
        "monitored": actions,
        "not_named_label": _("not named"),
    }
