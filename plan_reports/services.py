"""The one write of this app: freezing a report."""

from collections import defaultdict

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Locale, Page

from climate_plan.models import ClimatePlanPage, Indicator
from climate_plan.progress import plan_progress, states_as_of
from plan_reports.models import PlanReport, ReportedAction, ReportedIndicator

FREEZE = "plan_reports.freeze"


class CannotFreeze(Exception):
    """The report cannot be frozen; the message says why."""


def source_plan():
    """The live plan in the default language, whose pages the others translate."""
    return ClimatePlanPage.objects.live().filter(locale=Locale.get_default()).first()


def _titles(keys):
    """{translation key: {language: title}} over the live pages in every language."""
    titles = defaultdict(dict)
    rows = Page.objects.live().filter(translation_key__in=keys)
    for key, language, title in rows.values_list(
        "translation_key", "locale__language_code", "title"
    ):
        titles[key][language] = title
    return titles


def _indicator_rows(report):
    source = Indicator.objects.filter(locale=Locale.get_default()).order_by("pk")
    source = list(source.prefetch_related("values"))
    names, units = defaultdict(dict), defaultdict(dict)
    for key, language, name, unit in Indicator.objects.filter(
        translation_key__in=[i.translation_key for i in source]
    ).values_list("translation_key", "locale__language_code", "name", "unit"):
        names[key][language] = name
        units[key][language] = unit
    rows = []
    for position, indicator in enumerate(source):
        known = [v for v in indicator.values.all() if v.year <= report.as_of.year]
        latest = max(known, key=lambda v: v.year, default=None)
        rows.append(
            ReportedIndicator(
                report=report,
                position=position,
                indicator_key=indicator.translation_key,
                names=names[indicator.translation_key],
                units=units[indicator.translation_key],
                direction=indicator.direction,
                baseline_year=indicator.baseline_year,
                baseline_value=indicator.baseline_value,
                target_year=indicator.target_year,
                target_value=indicator.target_value,
                year=latest.year if latest else None,
                value=latest.value if latest else None,
            )
        )
    return rows


@transaction.atomic
def freeze_report(*, title, slug, as_of, user=None, today=None):
    """Write a report of the plan on `as_of` and freeze it for good.

    On today's date it copies each action's current status and progress; on a
    past date, the status and progress the action's updates gave it by then
    (as the stock-take does). Indicators give their latest yearly value up to
    `as_of`'s year. Titles are copied in every language. Raises CannotFreeze
    for a future date, a taken slug or a site without a plan.
    """
    today = today or timezone.localdate()
    if as_of > today:
        raise CannotFreeze(_("A report cannot describe a date still to come."))
    if PlanReport.objects.filter(slug=slug).exists():
        raise CannotFreeze(_("Another report already has this slug."))
    plan = source_plan()
    if plan is None:
        raise CannotFreeze(_("There is no published plan to report on."))
    states = None if as_of >= today else states_as_of(as_of)
    tree = plan_progress(plan, states=states)
    report = PlanReport.objects.create(
        title=title,
        slug=slug,
        as_of=as_of,
        language=plan.locale.language_code,
        frozen_at=timezone.now(),
        plan_progress=tree.progress,
    )
    nodes = [
        (theme, objective, action)
        for theme in tree.themes
        for objective in theme.objectives
        for action in objective.actions
    ]
    keys = {
        page.translation_key
        for triple in nodes
        for page in (triple[0].page, triple[1].page, triple[2].page)
    }
    titles = _titles(keys)
    ReportedAction.objects.bulk_create(
        ReportedAction(
            report=report,
            position=position,
            action_key=action.page.translation_key,
            objective_key=objective.page.translation_key,
            theme_key=theme.page.translation_key,
            action_titles=titles[action.page.translation_key],
            objective_titles=titles[objective.page.translation_key],
            theme_titles=titles[theme.page.translation_key],
            status=action.status,
            progress=_raw_progress(action, states),
            counted_progress=action.progress,
            expected_reduction=action.page.expected_reduction,
            end_date=action.page.end_date,
        )
        for position, (theme, objective, action) in enumerate(nodes)
    )
    ReportedIndicator.objects.bulk_create(_indicator_rows(report))
    log(instance=report, action=FREEZE, user=user)
    return report


def _raw_progress(action, states):
    """The percentage the action's page (or, as of a past date, its updates) gave."""
    if states is None:
        return action.page.progress
    return states.get(action.page.translation_key, (None, 0))[1]
