"""Blocks that put proposals in any page's body: the form and a short list."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from accounts.rules import can_contribute, has_verified_email, is_blocked
from climate_site.pending import pending


def optional_text(label, help_text="", multiline=False):
    block = blocks.TextBlock if multiline else blocks.CharBlock
    return block(label=label, required=False, default="", help_text=help_text)


class ProposalFormBlock(blocks.StructBlock):
    """The call's form, or why and how to sign in, or why it is closed."""

    call = SnippetChooserBlock(
        "participation.ProposalCall", label=_("Call for proposals")
    )
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = optional_text(_("Introduction"), multiline=True)
    sign_in_text = optional_text(
        _("Text for visitors who are not signed in"),
        _("Why an account is needed. Sign-in and sign-up links follow."),
        multiline=True,
    )
    title_label = optional_text(_("Label of the title field"))
    text_label = optional_text(_("Label of the text field"))
    theme_label = optional_text(_("Label of the theme field"))
    neighbourhood_label = optional_text(_("Label of the neighbourhood field"))
    tags_label = optional_text(_("Label of the keywords field"))
    consent_label = optional_text(_("Label of the pseudonym consent"))
    submit_label = optional_text(_("Label of the send button"))
    success_message = optional_text(_("Message after sending"), multiline=True)
    closed_message = optional_text(_("Message when the call is closed"), multiline=True)

    def get_context(self, value, parent_context=None):
        from participation.proposals import rules
        from participation.proposals.forms import ProposalForm
        from participation.proposals.queries import just_sent

        context = super().get_context(value, parent_context)
        parent_context = parent_context or {}
        request = parent_context.get("request")
        user = getattr(request, "user", None)
        call = value["call"]
        block_id = parent_context.get("block_id")
        # a call deleted after the page was built reads as closed
        state = rules.call_state(call) if call else rules.CallState.CLOSED
        context["call_state"] = state
        context["state"] = "form"
        if state != rules.CallState.OPEN:
            context["state"] = state
        elif not getattr(user, "is_authenticated", False):
            context["state"] = "anonymous"
        elif is_blocked(user):
            context["state"] = "blocked"
        elif not has_verified_email(user):
            context["state"] = "unverified"
        elif not rules.can_submit_proposal(user, call):
            context["state"] = "limit"
        sent = just_sent(request, call)
        if sent is not None:
            context["state"] = "sent"
            context["sent"] = sent
        page = parent_context.get("page")
        if page is not None and block_id and hasattr(page, "block_action_url"):
            context["action_url"] = page.block_action_url(block_id)
            context["next_url"] = page.block_url(block_id)
        bound = parent_context.get("bound_forms", {}).get(block_id)
        if context["state"] == "form" and can_contribute(user):
            # What was typed before a refused post (expired session, stale
            # form) comes back pre-filled.
            kept = None if bound else pending(request, context.get("action_url", ""))
            context["kept"] = bool(kept)
            context["form"] = bound or ProposalForm(
                initial=kept, call=call, labels=value
            )
        elif bound is not None:
            # Refused because the call closed or its limit was reached
            # meanwhile: the reason shows where the form was.
            context["refused"] = bound
        return context

    class Meta:
        icon = "openquote"
        label = _("Proposal form")
        template = "participation/blocks/proposal_form.html"


class ProposalListBlock(blocks.StructBlock):
    """The latest or most supported published proposals, with a link to all."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = optional_text(_("Introduction"), multiline=True)
    call = SnippetChooserBlock(
        "participation.ProposalCall", label=_("Call for proposals"), required=False
    )
    sort = blocks.ChoiceBlock(
        label=_("Order"),
        choices=[
            ("newest", _("Newest first")),
            ("supported", _("Most supported first")),
        ],
        default="newest",
    )
    count = blocks.IntegerBlock(
        label=_("How many"), default=6, min_value=1, max_value=24
    )
    link_label = optional_text(_("Label of the link to every proposal"))

    def get_context(self, value, parent_context=None):
        from participation.proposals.queries import decorate, listed_proposals

        context = super().get_context(value, parent_context)
        proposals = listed_proposals(call=value.get("call"), sort=value["sort"])
        context["proposals"] = decorate(list(proposals[: value["count"]]))
        return context

    class Meta:
        icon = "list-ul"
        label = _("Proposal list")
        template = "participation/blocks/proposal_list.html"
