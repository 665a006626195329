"""The wedge page, a route of the plan: a GET form of the estimated actions
(all ticked by default) whose answer is the same page drawn again with only
the ticked ones. It works without JavaScript; `static/js/wedge.js` only
redraws without reloading."""

from django.template.response import TemplateResponse

from climate_plan.progress import plan_progress
from climate_plan.wedge import bucket_labels, drawing, plan_wedge


def chosen_actions(query):
    """The page ids ticked in the form, or None (first visit: all of them).
    Anything that is not a number is ignored."""
    if "chosen" not in query:
        return None
    return {int(value) for value in query.getlist("a") if value.isdigit()}


def wedge_view(request, plan):
    tree = plan_progress(plan)
    wedge = plan_wedge(plan, tree, chosen_actions(request.GET))
    themes = []
    if wedge is not None:
        by_page = {action.page.pk: action for action in wedge.actions}
        for theme in tree.themes:
            actions = [
                by_page[a.page.pk] for a in theme.actions if a.page.pk in by_page
            ]
            if actions:
                themes.append((theme, actions))
    return TemplateResponse(
        request,
        "climate_plan/wedge_page.html",
        {
            "page": plan,
            "self": plan,
            "request": request,
            "wedge": wedge,
            "drawing": drawing(wedge) if wedge else None,
            "themes": themes,
            "labels": bucket_labels(),
        },
    )
