"""Reads about the organisations responsible for actions (pages, filters, exports)."""

from django.db.models import Count, Prefetch, Q

from climate_plan import timeliness
from climate_plan.models import (
    ActionPage,
    ActionResponsibility,
    Organisation,
    ResponsibilityRole,
)


def plan_organisations(plan):
    """The organisations in the plan's language that have at least one of its
    live actions, with `action_count`, by name."""
    live_actions = ActionPage.objects.descendant_of(plan).live()
    return (
        Organisation.objects.filter(locale_id=plan.locale_id)
        .annotate(
            action_count=Count(
                "responsibilities__page",
                filter=Q(responsibilities__page__in=live_actions.values("pk")),
                distinct=True,
            )
        )
        .filter(action_count__gt=0)
        .order_by("name")
    )


def organisation_actions(plan, organisation, on=None):
    """The plan's live actions `organisation` is responsible for, annotated with
    the timeliness flags, each with `roles` (labels of its roles), by path."""
    actions = list(
        timeliness.plan_actions(plan, on)
        .filter(responsibilities__organisation=organisation)
        .distinct()
        .order_by("path")
    )
    roles = {}
    for page_id, role in ActionResponsibility.objects.filter(
        organisation=organisation, page__in=[a.pk for a in actions]
    ).values_list("page_id", "role"):
        roles.setdefault(page_id, []).append(ResponsibilityRole(role).label)
    for action in actions:
        action.roles = roles.get(action.pk, [])
    return actions


def organisation_slugs_by_action(plan):
    """{action pk: {organisation slugs}} for the plan's live actions, one query."""
    slugs = {}
    for page_id, slug in ActionResponsibility.objects.filter(
        page__in=ActionPage.objects.descendant_of(plan).live().values("pk")
    ).values_list("page_id", "organisation__slug"):
        slugs.setdefault(page_id, set()).add(slug)
    return slugs


def responsibilities_prefetch():
    return Prefetch(
        "responsibilities",
        queryset=ActionResponsibility.objects.select_related("organisation"),
    )
