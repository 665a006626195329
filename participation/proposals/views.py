"""Public proposal views: the block's form handler, the index, the detail page,
supports and the open-data download. Thin: form → service → redirect."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from accounts.rules import can_contribute
from climate_site import pending
from climate_site.client import client_address, rate_limit_identity
from climate_site.ratelimit import allow
from home.translations import localized_pages
from home.tree import children_of
from machine_translation import display as machine_translation
from participation.models import Proposal, ProposalHistory
from participation.proposals import rules, services
from participation.proposals.forms import ProposalFilterForm, ProposalForm
from participation.proposals.queries import SENT, decorate, filtered
from participation.proposals.similar import similar_published

PER_PAGE = 20
CHECK_STEP = "check"
# Typing fires a look-up every pause; a minute of writing stays well within.
SIMILAR_RATE_LIMIT = 30
SIMILAR_RATE_PERIOD = 60
MAX_SIMILAR_QUERY = 1000


# The page route handler, registered in wagtail_hooks (see home.routes).
def submit_proposal(request, page, block):
    """POST of a ProposalFormBlock: validate, submit, then show the outcome.

    Refusals re-render the page with the form bound, the reason in its error
    summary; success redirects to the block, which shows the proposal's
    reference and status in place of the form.
    """
    value = block.value
    if value["call"] is None:
        raise Http404
    if not request.user.is_authenticated:
        return pending.sign_in_keeping(request, page.block_url(block.id))
    if not can_contribute(request.user):
        pending.keep(request)  # offered back once the email is confirmed
        messages.error(
            request, _("Sign in with a verified account to send a proposal.")
        )
        return redirect(page.block_url(block.id))
    if request.POST.get("step") == CHECK_STEP:
        return check_similar(request, page, block)
    form = ProposalForm(request.POST, call=value["call"], labels=value)
    if form.is_spam():  # robots learn nothing: thanked, nothing recorded
        messages.success(
            request,
            value.get("success_message")
            or _(
                "Thank you! Your proposal is received; you will get an email when "
                "it is published."
            ),
        )
        return redirect(page.block_url(block.id))
    if not allow(
        "proposal", request.user.pk, rules.SUBMIT_RATE_LIMIT, rules.SUBMIT_RATE_PERIOD
    ):
        form.add_error(
            None,
            _("You have sent many proposals in a short time. Please wait ten minutes."),
        )
        return page.render_with_bound_form(request, block.id, form, status=429)
    if not form.is_valid():
        return page.render_with_bound_form(request, block.id, form)
    data = form.cleaned_data
    try:
        proposal = services.submit_proposal(
            author=request.user,
            call=value["call"],
            title=data["title"],
            text=data["text"],
            theme=data["theme"],
            neighbourhood=data["neighbourhood"],
            tags=data["tags"],
            publish_pseudonym=data["publish_pseudonym"],
            language=_language(),
        )
    except services.ProposalError as error:
        form.add_error(None, error.message)
        return page.render_with_bound_form(request, block.id, form, status=409)
    pending.forget(request)
    return redirect(sent_url(page, block.id, proposal))


def check_similar(request, page, block):
    """The "check for similar proposals" step, without JavaScript: the form
    comes back with everything typed and, beside it, the published proposals
    that look alike, to support one or send this one anyway."""
    form = ProposalForm(
        initial=request.POST.dict(), call=block.value["call"], labels=block.value
    )
    form.checked = True
    if allow_similar(request):
        form.similar = similar_published(
            request.POST.get("title", ""),
            request.POST.get("text", ""),
            language=_language(),
        )
    else:
        form.similar = []
        form.similar_refused = _(
            "You have looked for similar proposals many times in a short time. "
            "Please wait a minute."
        )
    return page.render_with_bound_form(request, block.id, form, status=200)


def _language():
    return (get_language() or "fr").split("-")[0]


def allow_similar(request):
    """Looking for similar proposals is rate limited per account or address."""
    user = request.user
    identity = (
        f"user:{user.pk}"
        if user.is_authenticated
        else rate_limit_identity(client_address(request))
    )
    return allow("similar", identity, SIMILAR_RATE_LIMIT, SIMILAR_RATE_PERIOD)


def similar_json(request):
    """Up to five published proposals like the title and text being typed (GET
    title, text), for the form's script: reference, title, addresses, supports."""
    if not allow_similar(request):
        response = JsonResponse({"results": []}, status=429)
    else:
        found = similar_published(
            request.GET.get("title", "")[:MAX_SIMILAR_QUERY],
            request.GET.get("text", "")[:MAX_SIMILAR_QUERY],
            language=_language(),
        )
        response = JsonResponse(
            {"results": [similar_row(proposal) for proposal in found]},
            encoder=HtmlSafeEncoder,
        )
    # Every address differs: nothing to share, and each answer counts.
    response["Cache-Control"] = "no-store"
    return response


class HtmlSafeEncoder(DjangoJSONEncoder):
    """JSON whose strings cannot close a tag, wherever a page puts them."""

    def encode(self, o):
        encoded = super().encode(o)
        for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
            encoded = encoded.replace(char, escape)
        return encoded


def similar_row(proposal):
    url = proposal.get_absolute_url()
    return {
        "reference": proposal.reference,
        "title": proposal.title,
        "url": url,
        "support_url": reverse(
            "participation:proposal_support", args=[proposal.reference]
        ),
        "supports": proposal.support_count,
        "supports_label": ngettext(
            "%(count)s support", "%(count)s supports", proposal.support_count
        )
        % {"count": proposal.support_count},
    }


def sent_url(page, block_id, proposal):
    """The block showing what was just sent, scrolled to."""
    return f"{page.url}?{SENT}={proposal.reference}#proposal-{block_id}-outcome"


def proposal_index(request):
    """Every public proposal, filtered, searched, sorted and paginated; no JavaScript."""
    form = ProposalFilterForm(request.GET or None)
    proposals, sort, seed = filtered(form)
    if sort == "random" and request.GET.get("seed") != str(seed):
        # The shuffle is drawn once, then named in the address: every page,
        # filter change and shared link keeps the same order.
        query = request.GET.copy()
        query["seed"] = seed
        return redirect(f"{request.path}?{query.urlencode()}")
    page_obj = Paginator(proposals, PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "participation/proposals/index.html",
        {
            "form": form,
            "page_obj": page_obj,
            "proposals": decorate(list(page_obj.object_list)),
        },
    )


CHANNEL_SENTENCES = {
    "online": lambda: _("Sent online on %(date)s"),
    "caravan": lambda: _("Collected by the citizen caravan on %(date)s"),
    "workshop": lambda: _("Collected at a workshop on %(date)s"),
    "paper": lambda: _("Handed in on a paper form on %(date)s"),
    "neighbourhood_house": lambda: _("Collected at a neighbourhood house on %(date)s"),
}


def proposal_detail(request, reference):
    """One proposal: where it came from, what happened to it and what became of it."""
    user = request.user
    proposal = (
        Proposal.objects.select_related(
            "status",
            "theme",
            "neighbourhood",
            "event",
            "merged_into__status",
            "call",
        )
        .prefetch_related("tags", "status__labels")
        .filter(reference=reference.upper())
        .first()
    )
    if proposal is None or not rules.can_view_proposal(user, proposal):
        return _not_visible(request)
    # A merged proposal keeps its page: it says which one it was merged into.
    merged_into = proposal.merged_into if proposal.merged_into_id else None
    if merged_into is not None and not merged_into.is_public:
        merged_into = None
    decorate([proposal])
    # Until it is public, only its author and the moderators see the page:
    # they read why the moderators decided, rejection reasons included.
    private = not proposal.status.is_public
    history = list(
        proposal.history.filter(to_status__isnull=False)
        .exclude(action=ProposalHistory.Action.CORRECTED)
        .select_related("from_status", "to_status")
        .prefetch_related("from_status__labels", "to_status__labels")
    )
    for entry in history:
        public_note = entry.action != ProposalHistory.Action.REJECTED
        entry.shown_note = entry.note if (public_note or private) else ""
    objectives = list(proposal.objectives.live())
    shown = list(localized_pages(objectives).values())
    actions = children_of(shown)
    chain = [
        {"objective": objective, "actions": actions.get(objective.path, [])}
        for objective in shown
    ]
    event = localized_pages([proposal.event]).get(proposal.event_id)
    supported = user.is_authenticated and proposal.supports.filter(user=user).exists()
    if not proposal.is_hidden:
        machine_translation.prefetch(
            request,
            [
                (proposal.title, proposal.language),
                (proposal.text, proposal.language),
                # Staff answer in the source language, as on every official text.
                (proposal.official_answer, settings.LANGUAGE_CODE),
            ],
        )
    return TemplateResponse(
        request,
        "participation/proposals/detail.html",
        {
            "proposal": proposal,
            "private": private,
            "is_author": rules.is_author(user, proposal),
            "history": history,
            "chain": chain,
            "event": event,
            "channel_sentence": CHANNEL_SENTENCES[proposal.channel]()
            % {"date": _date(proposal.submitted_at)},
            "merged": proposal.merged_proposals.order_by("reference"),
            "merged_into": merged_into,
            "can_support": rules.can_support(user, proposal),
            "supported": supported,
        },
    )


def _not_visible(request):
    """404 for a proposal that does not exist or that this person may not see.

    Visitors who are not signed in are offered to sign in: the author of a
    proposal awaiting moderation, following the link of an email, finds it
    there. Existing and missing references answer the same.
    """
    if request.user.is_authenticated:
        raise Http404
    return TemplateResponse(
        request, "participation/proposals/not_visible.html", status=404
    )


def _date(value):
    from home.typography import format_date

    return format_date(value)


def proposal_support(request, reference):
    """Support a public proposal, or withdraw one's support (POST)."""
    proposal = get_object_or_404(
        Proposal.objects.select_related("status"), reference=reference
    )
    back = redirect(proposal.get_absolute_url() + "#supports")
    if request.method != "POST":
        return back
    if not rules.can_support(request.user, proposal):
        messages.error(
            request, _("Sign in with a verified account to support a proposal.")
        )
        return back
    if request.POST.get("action") == "withdraw":
        services.withdraw_support(proposal, user=request.user)
        messages.success(request, _("Your support is withdrawn."))
    elif services.support_proposal(proposal, user=request.user):
        messages.success(request, _("Thank you for your support."))
    else:
        messages.info(request, _("You already support this proposal."))
    return back


def open_data(request):
    """Published proposals as CSV open data: no names, no contacts, no accounts."""
    from participation.proposals.exports import open_data_response

    return open_data_response(
        Proposal.objects.public()
        .for_listing()
        .select_related("event", "merged_into")
        .prefetch_related("objectives")
        .order_by("reference")
    )
