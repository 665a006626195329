"""The pledge block: the actions residents can commit to, the form, and how
many pledged, per neighbourhood and in all."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

OUTCOME_PARAMETER = "pledge"
OUTCOMES = ("counted", "check_email")


class PledgeBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, default="")

    def get_context(self, value, parent_context=None):
        from accounts.rules import can_contribute
        from pledges.forms import PledgeForm
        from pledges.queries import pledged_action_ids, source_actions, totals

        context = super().get_context(value, parent_context)
        parent_context = parent_context or {}
        request = parent_context.get("request")
        user = getattr(request, "user", None)
        block_id = parent_context.get("block_id")
        page = parent_context.get("page")
        if page is not None and block_id and hasattr(page, "block_action_url"):
            context["action_url"] = page.block_action_url(block_id)
            context["next_url"] = page.block_url(block_id)
        context["totals"] = totals()
        context["pledged"] = pledged_action_ids(user)
        signed_in = getattr(user, "is_authenticated", False)
        context["signed_in"] = signed_in
        outcome = request.GET.get(OUTCOME_PARAMETER) if request else None
        context["outcome"] = outcome if outcome in OUTCOMES else None
        if signed_in and not can_contribute(user):
            context["state"] = "unverified"
        else:
            context["state"] = "form"
            bound = parent_context.get("bound_forms", {}).get(block_id)
            context["form"] = bound or PledgeForm(
                actions=source_actions(), anonymous=not signed_in
            )
        return context

    class Meta:
        icon = "success"
        label = _("Pledges of residents")
        template = "pledges/blocks/pledge.html"
