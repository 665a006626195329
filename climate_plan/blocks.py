"""Blocks of the plan: indicator charts, conference schedules, prioritised
objectives and the stock-take. Each computes in Python (see `charts` and
`progress`); templates only display."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class IndicatorChartBlock(blocks.StructBlock):
    indicator = SnippetChooserBlock("climate_plan.Indicator", label=_("Indicator"))
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        default="",
        max_length=200,
        help_text=_("Defaults to the indicator's name."),
    )

    def get_context(self, value, parent_context=None):
        from climate_plan.charts import indicator_chart

        context = super().get_context(value, parent_context)
        indicator = value["indicator"].localized if value["indicator"] else None
        context["chart"] = indicator_chart(indicator) if indicator else None
        if indicator is not None:
            from climate_plan.indicator_pages import page_url_of

            context["indicator_url"] = page_url_of(indicator)
        context["heading_level"] = (parent_context or {}).get(
            "chart_heading_level", "h2"
        )
        return context

    class Meta:
        icon = "table"
        label = _("Indicator chart")
        template = "climate_plan/blocks/indicator_chart.html"


class ScheduleItemBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Start"))
    end = blocks.TimeBlock(label=_("End"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False, default="")
    speakers = blocks.CharBlock(
        label=_("Speakers"), required=False, default="", max_length=250
    )


class ScheduleBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), required=False, default="", max_length=120
    )
    items = blocks.ListBlock(ScheduleItemBlock(), label=_("Programme items"))

    class Meta:
        icon = "time"
        label = _("Schedule")
        template = "climate_plan/blocks/schedule.html"


class PrioritisedObjectivesBlock(blocks.StructBlock):
    """Each theme with its objectives in the order the residents' vote gave them."""

    title = blocks.CharBlock(
        label=_("Title"), required=False, default="", max_length=120
    )
    vote = SnippetChooserBlock(
        "participation.VoteCampaign",
        label=_("As ranked by this vote"),
        required=False,
        help_text=_(
            "Shows the priorities of that vote's published results, which never "
            "change, for pages about a past vote (a conference). Empty: the plan's "
            "current priorities."
        ),
    )

    def get_context(self, value, parent_context=None):
        from climate_plan.progress import prioritised_objectives

        context = super().get_context(value, parent_context)
        vote = value.get("vote")
        context["themes"] = prioritised_objectives(
            ranks=vote.priority_ranks() if vote is not None else None
        )
        return context

    class Meta:
        icon = "list-ol"
        label = _("Objectives prioritised per theme")
        template = "climate_plan/blocks/prioritised_objectives.html"


class StockTakeBlock(blocks.StructBlock):
    """The plan's progress as it stood on a date, from the updates dated before it."""

    title = blocks.CharBlock(
        label=_("Title"), required=False, default="", max_length=120
    )
    as_of = blocks.DateBlock(
        label=_("As of"),
        required=False,
        help_text=_(
            "Leave empty to use the conference date (or today on other pages)."
        ),
    )

    def get_context(self, value, parent_context=None):
        from climate_plan.progress import stock_take

        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        as_of = (
            value.get("as_of") or getattr(page, "date", None) or datetime.date.today()
        )
        context["as_of"] = as_of
        context["stock"] = stock_take(as_of)
        return context

    class Meta:
        icon = "tasks"
        label = _("Stock-take of the plan")
        template = "climate_plan/blocks/stock_take.html"
