"""The plan's open data: actions with their state, their dated updates, and
the indicators with their yearly values.

Rows are the site's default-language objects (the ids residents' data points
at, the same in every language); texts come from their public translation in
the requested language when there is one, and each row says its language.
"""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _
from wagtail.api.v2.utils import get_restricted_collection_ids
from wagtail.models import Locale, Page

from climate_plan import timeliness
from climate_plan.models import (
    ActionDependency,
    ActionIndicator,
    ActionPage,
    ActionResponsibility,
    ActionStatus,
    ActionTask,
    ActionUpdate,
    ClimatePlanPage,
    Indicator,
    ResponsibilityRole,
)
from climate_plan.progress import action_progress
from open_data.datasets.base import Dataset, Field, attr, iso, number
from open_data.queries import public, translated


def languages():
    return dict(Locale.objects.values_list("pk", "language_code"))


def public_actions():
    return public(ActionPage.objects.filter(locale=Locale.get_default()))


def grouped(pairs):
    """{key: [values]} from (key, value) pairs, in their order."""
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return groups


def source_indicator_ids(keys):
    """{indicator translation key: its default-language id}."""
    return dict(
        Indicator.objects.filter(
            locale=Locale.get_default(), translation_key__in=keys
        ).values_list("translation_key", "pk")
    )


def update_interval():
    plan = ClimatePlanPage.objects.filter(locale=Locale.get_default()).first()
    return plan.update_interval_days if plan else 90


def page_url(page, context):
    return page.get_full_url(context["request"]) if page is not None else None


def text(name):
    """A field reading `name` on the row's translation."""
    return lambda item, context: getattr(context["translated"][item.pk], name)


def ancestor(levels, read):
    """A field reading the page `levels` above the action (1: its objective)."""

    def reader(action, context):
        page = context["parents"].get(action.path[: -levels * ActionPage.steplen])
        return read(page, context) if page is not None else None

    return reader


def document_url(update, context):
    document = update.document
    if document is None or document.collection_id in context["restricted"]:
        return None
    return context["request"].build_absolute_uri(document.url)


def yearly(rows):
    return [
        {"year": row.year, "value": number(row.value)}
        for row in sorted(rows, key=lambda row: row.year)
    ]


def indicator_values(indicator, context):
    return yearly(indicator.values.all())


def latest(key):
    def reader(indicator, context):
        rows = indicator_values(indicator, context)
        return rows[-1][key] if rows else None

    return reader


class Actions(Dataset):
    slug = "actions"
    title = _("Actions")
    description = _(
        "Every published action of the plan, with its state: status, progress, "
        "dates, budget and expected reduction of emissions."
    )

    def queryset(self):
        # last_update_on, last_news_on, is_late, is_stale (climate_plan.timeliness)
        actions = timeliness.annotated(public_actions(), update_interval())
        return actions.order_by("pk")

    def context(self, items, request):
        steplen = ActionPage.steplen
        parents = {
            page.path: page
            for page in Page.objects.filter(
                path__in={a.path[:-steplen] for a in items}
                | {a.path[: -2 * steplen] for a in items}
            )
        }
        pages = translated(items)
        shown = [page.pk for page in pages.values()]
        links = list(
            ActionIndicator.objects.filter(action__in=items)
            .order_by("sort_order")
            .values_list("action_id", "indicator__translation_key")
        )
        indicator_ids = source_indicator_ids({key for _pk, key in links})
        return {
            "request": request,
            "translated": pages,
            "parents": parents,
            "parent_titles": translated(list(parents.values())),
            "languages": languages(),
            "responsibilities": grouped(
                (r.page_id, r)
                for r in ActionResponsibility.objects.filter(page_id__in=shown)
                .select_related("organisation")
                .order_by("sort_order")
            ),
            "tasks": grouped(
                (task.page_id, task)
                for task in ActionTask.objects.filter(page_id__in=shown).order_by(
                    "due_date", "sort_order"
                )
            ),
            "needs": grouped(
                ActionDependency.objects.filter(
                    action__in=items, needed__in=public_actions().values("pk")
                )
                .order_by("sort_order")
                .values_list("action_id", "needed_id")
            ),
            "indicators": grouped(
                (pk, indicator_ids[key]) for pk, key in links if key in indicator_ids
            ),
        }

    fields = [
        Field("id", _("The action's number, the same in every language."), attr("pk")),
        Field("title", _("Its title."), text("title")),
        Field(
            "language",
            _(
                "The language of its texts: the one asked for, or French when the "
                "action is not translated into it."
            ),
            lambda a, c: c["languages"][c["translated"][a.pk].locale_id],
        ),
        Field(
            "url",
            _("Its page on the site."),
            lambda a, c: page_url(c["translated"][a.pk], c),
        ),
        Field(
            "objective_id",
            _("The objective it belongs to."),
            ancestor(1, lambda page, c: page.pk),
        ),
        Field(
            "objective",
            _("The objective's title."),
            ancestor(1, lambda page, c: c["parent_titles"][page.pk].title),
        ),
        Field(
            "theme_id", _("The theme it belongs to."), ancestor(2, lambda p, c: p.pk)
        ),
        Field(
            "theme",
            _("The theme's title."),
            ancestor(2, lambda page, c: c["parent_titles"][page.pk].title),
        ),
        Field(
            "status",
            _("planned, in_progress, done, delayed or abandoned."),
            attr("status"),
        ),
        Field(
            "status_label",
            _("The status in words."),
            lambda a, c: str(ActionStatus(a.status).label),
        ),
        Field("progress", _("How much of it is carried out (%)."), attr("progress")),
        Field(
            "counted_progress",
            _(
                "What it counts towards its objective's progress (%): 100 when "
                "done, nothing when abandoned."
            ),
            lambda a, c: action_progress(a.status, a.progress),
        ),
        Field("start_date", _("When it starts."), lambda a, c: iso(a.start_date)),
        Field("end_date", _("When it is to end."), lambda a, c: iso(a.end_date)),
        Field("lead_service", _("The service that leads it."), text("lead_service")),
        Field(
            "partners",
            _("Its partners."),
            lambda a, c: c["translated"][a.pk].partner_list,
        ),
        Field("budget_eur", _("Its budget (€)."), lambda a, c: number(a.budget)),
        Field(
            "expected_reduction_tco2e",
            _(
                "The reduction of emissions expected from it (tCO2e per year), when "
                "estimated."
            ),
            lambda a, c: number(a.expected_reduction),
        ),
        Field(
            "status_reason",
            _("Why its status was set by hand, when it was."),
            lambda a, c: c["translated"][a.pk].status_reason or None,
        ),
        Field(
            "phase",
            _("Its current phase, among the plan's phases."),
            lambda a, c: a.phase or None,
        ),
        Field(
            "organisations",
            _(
                "The organisations responsible for it: name, short name and role "
                "(lead or partner)."
            ),
            lambda a, c: [
                {
                    "name": r.organisation.name,
                    "slug": r.organisation.slug,
                    "role": r.role,
                    "role_label": str(ResponsibilityRole(r.role).label),
                }
                for r in c["responsibilities"][c["translated"][a.pk].pk]
            ],
        ),
        Field(
            "tasks",
            _(
                "Its dated tasks: name, due date, completion date (empty while not "
                "done)."
            ),
            lambda a, c: [
                {
                    "name": task.name,
                    "due_date": iso(task.due_date),
                    "completed_on": iso(task.completed_on),
                }
                for task in c["tasks"][c["translated"][a.pk].pk]
            ],
        ),
        Field(
            "needs",
            _("The actions that must be carried out before it."),
            lambda a, c: c["needs"][a.pk],
        ),
        Field(
            "indicator_ids",
            _("The indicators it is expected to move (see indicators)."),
            lambda a, c: c["indicators"][a.pk],
        ),
        Field(
            "last_update",
            _("The date of its latest update."),
            lambda a, c: iso(a.last_update_on),
        ),
        Field(
            "is_late",
            _("Whether one of its tasks is past due and not done."),
            attr("is_late"),
        ),
        Field(
            "is_stale",
            _("Whether its latest news is older than the plan's update interval."),
            attr("is_stale"),
        ),
        Field(
            "last_published_at",
            _("When its page was last published."),
            lambda a, c: iso(a.last_published_at),
        ),
    ]


class ActionUpdates(Dataset):
    slug = "action-updates"
    title = _("Action updates")
    description = _(
        "The dated updates on each published action, as its monitoring "
        "committee wrote them (in the language they were written in)."
    )

    def queryset(self):
        return (
            ActionUpdate.objects.filter(
                action__translation_key__in=public_actions().values("translation_key")
            )
            .select_related("action", "document")
            .order_by("pk")
        )

    def context(self, items, request):
        keys = {update.action.translation_key for update in items}
        return {
            "request": request,
            "actions": dict(
                ActionPage.objects.filter(
                    locale=Locale.get_default(), translation_key__in=keys
                ).values_list("translation_key", "pk")
            ),
            "restricted": get_restricted_collection_ids(request) if items else set(),
        }

    fields = [
        Field("id", _("The update's number."), attr("pk")),
        Field(
            "action_id",
            _("The action it is about (see actions)."),
            lambda u, c: c["actions"].get(u.action.translation_key),
        ),
        Field("date", _("Its date."), lambda u, c: iso(u.date)),
        Field("text", _("What it says."), attr("text")),
        Field("language", _("The language it was written in."), attr("language")),
        Field("signed", _("Who signed it."), attr("signed")),
        Field(
            "status",
            _("The action's status after it, when it changed."),
            lambda u, c: u.status or None,
        ),
        Field(
            "progress",
            _("The action's progress after it (%), when it changed."),
            attr("progress"),
        ),
        Field("document_url", _("The document attached, if any."), document_url),
    ]


class Indicators(Dataset):
    slug = "indicators"
    title = _("Indicators")
    description = _(
        "The plan's indicators: what they measure, their baseline, their target "
        "and every yearly value."
    )

    def queryset(self):
        return (
            Indicator.objects.filter(locale=Locale.get_default())
            .select_related("parent")
            .prefetch_related("values", "goals")
            .order_by("pk")
        )

    def context(self, items, request):
        locale = Locale.get_active()
        found = {
            indicator.translation_key: indicator
            for indicator in Indicator.objects.filter(
                locale=locale,
                translation_key__in={item.translation_key for item in items},
            )
        }
        return {
            "request": request,
            "translated": {
                item.pk: found.get(item.translation_key, item) for item in items
            },
            "languages": languages(),
            "parents": source_indicator_ids(
                {item.parent.translation_key for item in items if item.parent}
            ),
        }

    fields = [
        Field(
            "id", _("The indicator's number, the same in every language."), attr("pk")
        ),
        Field("name", _("What it measures."), text("name")),
        Field(
            "language",
            _("The language of its texts."),
            lambda i, c: c["languages"][c["translated"][i.pk].locale_id],
        ),
        Field("unit", _("The unit of its values."), text("unit")),
        Field("description", _("How it is measured."), text("description")),
        Field("source", _("Where its values come from."), text("source")),
        Field(
            "direction",
            _("decrease (lower is better) or increase (higher is better)."),
            attr("direction"),
        ),
        Field(
            "level",
            _(
                "strategic (the plan's aims), tactical (a theme's) or operational "
                "(what an action directly changes)."
            ),
            attr("level"),
        ),
        Field(
            "parent_id",
            _("The broader indicator it is part of."),
            lambda i, c: (
                c["parents"].get(i.parent.translation_key) if i.parent else None
            ),
        ),
        Field("baseline_year", _("The baseline year."), attr("baseline_year")),
        Field(
            "baseline_value",
            _("The value in the baseline year."),
            lambda i, c: number(i.baseline_value),
        ),
        Field("target_year", _("The target year."), attr("target_year")),
        Field(
            "target_value",
            _("The value aimed at by the target year."),
            lambda i, c: number(i.target_value),
        ),
        Field("latest_year", _("The year of the latest value."), latest("year")),
        Field("latest_value", _("The latest value."), latest("value")),
        Field(
            "values",
            _("Every yearly value, oldest first."),
            indicator_values,
        ),
        Field(
            "goals",
            _("Its dated goals on the way or beyond the target year."),
            lambda i, c: yearly(i.goals.all()),
        ),
    ]


ACTIONS = Actions()
ACTION_UPDATES = ActionUpdates()
INDICATORS = Indicators()
