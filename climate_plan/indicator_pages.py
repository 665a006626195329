"""The indicators' public pages, routes of the plan page: the list by level
and one page per indicator (goals, values chart, the indicator it is part of,
its parts and the actions affecting it).

Links from actions point at one row of an indicator (often the French one);
pages show the translation in the reader's language, found by translation key.
"""

from django.http import Http404
from django.template.response import TemplateResponse

from climate_plan.models import ActionIndicator, ActionPage, Indicator, Level


def indicator_url(plan, indicator):
    """The address of an indicator's page under `plan`."""
    return plan.url + plan.reverse_subpage(
        "indicator", args=[indicator.translation_key]
    )


def page_url_of(indicator):
    """The indicator's page under the live plan of its language, or ""."""
    from climate_plan.models import ClimatePlanPage

    plan = ClimatePlanPage.objects.live().filter(locale_id=indicator.locale_id).first()
    return indicator_url(plan, indicator) if plan else ""


def _in_locale(indicators, locale_id):
    """The given indicators in `locale_id` where translated, else as given."""
    indicators = list(indicators)
    translated = {
        item.translation_key: item
        for item in Indicator.objects.filter(
            locale_id=locale_id,
            translation_key__in={i.translation_key for i in indicators},
        )
    }
    return [translated.get(i.translation_key, i) for i in indicators]


def indicators_of_action(action):
    """[{indicator, url}] the action affects, in its language (three queries)."""
    from climate_plan.models import ClimatePlanPage

    linked = {
        link.indicator.translation_key: link.indicator
        for link in ActionIndicator.objects.filter(
            action__translation_key=action.translation_key
        ).select_related("indicator")
    }.values()
    if not linked:
        return []
    plan = ClimatePlanPage.objects.ancestor_of(action).live().first()
    return [
        {"indicator": item, "url": indicator_url(plan, item) if plan else ""}
        for item in _in_locale(linked, action.locale_id)
    ]


def index_view(request, plan):
    """Every indicator in the plan's language, grouped by level."""
    indicators = list(
        Indicator.objects.filter(locale_id=plan.locale_id)
        .select_related("parent")
        .order_by("name")
    )
    levels = [
        {
            "value": value,
            "label": label,
            "indicators": [
                {"indicator": item, "url": indicator_url(plan, item)}
                for item in indicators
                if item.level == value
            ],
        }
        for value, label in Level.choices
    ]
    return TemplateResponse(
        request,
        "climate_plan/indicator_index.html",
        {"page": plan, "self": plan, "request": request, "levels": levels},
    )


def detail_view(request, plan, key):
    """One indicator: goals, chart, parent, parts and the actions affecting it."""
    from climate_plan.charts import indicator_chart
    from climate_plan.progress import ActionNode, action_progress

    indicator = (
        Indicator.objects.filter(translation_key=key, locale_id=plan.locale_id)
        .select_related("parent")
        .first()
    )
    if indicator is None:
        raise Http404
    parts = Indicator.objects.filter(
        parent__translation_key=key, locale_id=plan.locale_id
    ).order_by("name")
    action_keys = ActionIndicator.objects.filter(indicator__translation_key=key).values(
        "action__translation_key"
    )
    actions = (
        ActionPage.objects.live()
        .descendant_of(plan)
        .filter(translation_key__in=action_keys)
        .order_by("path")
    )
    context = {
        "page": plan,
        "self": plan,
        "request": request,
        "indicator": indicator,
        "chart": indicator_chart(indicator),
        "goals": sorted(indicator.goals.all(), key=lambda goal: goal.year),
        "parent": indicator.parent,
        "parent_url": indicator_url(plan, indicator.parent) if indicator.parent else "",
        "parts": [{"indicator": p, "url": indicator_url(plan, p)} for p in parts],
        "actions": [
            ActionNode(a, a.status, action_progress(a.status, a.progress))
            for a in actions
        ],
        "index_url": plan.url + plan.reverse_subpage("indicators"),
    }
    return TemplateResponse(request, "climate_plan/indicator_page.html", context)
