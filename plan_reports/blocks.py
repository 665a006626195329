"""The comparison block: what moved between two frozen reports."""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class ReportComparisonBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), required=False, default="", max_length=120
    )
    before = SnippetChooserBlock(
        "plan_reports.PlanReport",
        label=_("Earlier report"),
        required=False,
        help_text=_("Empty: the later report alone, with nothing to compare."),
    )
    after = SnippetChooserBlock("plan_reports.PlanReport", label=_("Later report"))

    def clean(self, value):
        value = super().clean(value)
        before, after = value.get("before"), value.get("after")
        if before is not None and after is not None and before.pk == after.pk:
            raise StructBlockValidationError(
                block_errors={
                    "before": ValidationError(_("Choose two different reports."))
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        from plan_reports.comparison import compare, summary

        context = super().get_context(value, parent_context)
        before, after = value.get("before"), value.get("after")
        if after is None:
            context["comparison"] = None
        elif before is None:
            context["comparison"] = summary(after, get_language())
        else:
            context["comparison"] = compare(before, after, get_language())
        return context

    class Meta:
        icon = "doc-full"
        label = _("Comparison of two frozen reports")
        template = "plan_reports/blocks/report_comparison.html"
