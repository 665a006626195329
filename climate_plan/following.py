"""What an action's page shows of how it is followed: who is responsible,
whom to contact, its phase among the plan's, its tasks and whether it is late
or has no news (rules in `climate_plan.timeliness`)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from climate_plan import timeliness
from climate_plan.models import ClimatePlanPage, ResponsibilityRole


@dataclass
class PhaseStep:
    name: str
    state: str  # "past", "current" or "future"


def action_plan(action):
    """The plan the action belongs to, or None (one query)."""
    steplen = action.steplen
    return (
        ClimatePlanPage.objects.filter(
            path__in=[
                action.path[:end] for end in range(steplen, len(action.path), steplen)
            ]
        )
        .order_by("-depth")
        .first()
    )


def phase_steps(phases, current):
    """The plan's phases in order, each past, current or future for an action
    in phase `current` (all future when the action has no known phase)."""
    identifiers = [phase.identifier for phase in phases]
    position = identifiers.index(current) if current in identifiers else None
    steps = []
    for index, phase in enumerate(phases):
        if position is None or index > position:
            state = "future"
        elif index == position:
            state = "current"
        else:
            state = "past"
        steps.append(PhaseStep(phase.name, state))
    return steps


def action_following(action, on=None):
    """Context of the action page's responsibility, phase, task and news parts."""
    on = on or timeliness.today()
    plan = action_plan(action)
    interval = plan.update_interval_days if plan else 90
    flags = (
        timeliness.annotated(type(action).objects.filter(pk=action.pk), interval, on)
        .values_list("last_news_on", "late_task_count", "is_late", "is_stale")
        .first()
    )
    flags = timeliness.Flags(*flags) if flags else timeliness.NO_FLAGS
    responsibilities = [
        {
            "organisation": r.organisation,
            "role": ResponsibilityRole(r.role).label,
            "url": plan.organisation_url(r.organisation) if plan else "",
        }
        for r in action.responsibilities.select_related("organisation")
    ]
    tasks = [
        {"task": task, "late": timeliness.is_task_late(task, on)}
        for task in action.tasks.order_by("due_date", "sort_order")
    ]
    phases = list(plan.phases.all()) if plan else []
    return {
        "responsibilities": responsibilities,
        "contacts": list(action.contacts.all()),
        "tasks": tasks,
        "phase_steps": phase_steps(phases, action.phase),
        "flags": flags,
        "update_interval_days": interval,
    }


TIMELINESS_CHOICES = (
    ("late", _("Late (a task past due)")),
    ("stale", _("No recent news")),
)


@dataclass
class ListFilters:
    """The plan list's responsibility and timeliness filters (GET parameters
    `organisation` and `timeliness`; unknown values are ignored)."""

    organisations: list
    chosen_organisation: str
    chosen_timeliness: str
    flags: dict
    slugs: dict

    def keep(self, action_pk):
        if self.chosen_organisation and self.chosen_organisation not in self.slugs.get(
            action_pk, ()
        ):
            return False
        flags = self.flags.get(action_pk, timeliness.NO_FLAGS)
        if self.chosen_timeliness == "late":
            return flags.is_late
        if self.chosen_timeliness == "stale":
            return flags.is_stale
        return True

    def flags_of(self, action_pk):
        return self.flags.get(action_pk, timeliness.NO_FLAGS)


def list_filters(plan, request, on=None):
    """Read the filters from the request, with what the list needs (3 queries)."""
    from climate_plan.organisations import (
        organisation_slugs_by_action,
        plan_organisations,
    )

    organisations = list(plan_organisations(plan))
    chosen_organisation = request.GET.get("organisation", "")
    if chosen_organisation not in {o.slug for o in organisations}:
        chosen_organisation = ""
    chosen_timeliness = request.GET.get("timeliness", "")
    if chosen_timeliness not in dict(TIMELINESS_CHOICES):
        chosen_timeliness = ""
    return ListFilters(
        organisations=organisations,
        chosen_organisation=chosen_organisation,
        chosen_timeliness=chosen_timeliness,
        flags=timeliness.plan_flags(plan, on),
        slugs=organisation_slugs_by_action(plan),
    )
