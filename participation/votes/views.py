"""HTTP for the vote: the ballot route of a page, voting codes, the public ballots file."""

from django.contrib import messages
from django.core.exceptions import BadRequest
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from climate_site.client import client_address
from home import spreadsheets
from participation.votes import ballot_box, ballots, rules, sealing, services
from participation.votes.forms import (
    BallotForm,
    ReceiptCheckForm,
    VotingCodeForm,
    posted_id,
    posted_ranking,
)
from participation.votes.models import VoteCampaign


def cast_ballot(request, page, block):
    """A ballot posted to the page route of a VoteWidgetBlock: review, change or confirm.

    `step=review` (the first submit) validates and shows the ranking back with
    Confirm / Change buttons; `step=change` shows the form again, choices kept;
    `step=confirm` casts it. The confirmation form itself posts to
    `cast_confirmed_ballot`, which comes back here only when the ballot needs
    the page again.
    """
    campaign = block.value["campaign"]
    state, voter = ballots.current_voter(request, campaign)
    if voter is None:
        messages.error(request, _("You cannot vote here now."))
        return HttpResponseRedirect(page.block_url(block.id))
    theme_id = posted_id(request.POST.get("theme"))
    if theme_id is None:
        raise BadRequest("The ballot names no theme.")
    campaign_theme = campaign.ballot_themes.filter(pk=theme_id).first()
    if campaign_theme is None:
        raise Http404
    step = request.POST.get("step")
    form = BallotForm(
        campaign_theme, ballots.theme_options(campaign_theme), data=request.POST
    )
    if step == "change":
        return page.render_with_bound_form(request, block.id, form, status=200)
    if not form.is_valid():
        return page.render_with_bound_form(request, block.id, form, status=400)
    if step != "confirm":
        form.confirming = True
        return page.render_with_bound_form(request, block.id, form, status=200)
    return _cast(
        request,
        voter,
        campaign_theme,
        form.ranking(),
        form.option_ids(),
        f"{page.url}#{ballots.step_id(block.id, campaign_theme)}",
    )


@require_POST
def cast_confirmed_ballot(request, campaign_theme_id):
    """The confirmed ballot of one theme, cast without routing through its page.

    This is the busiest request of a vote, so it skips the page (site, locale,
    tree and body lookups) and the form: the ballot box gives the rules, the
    service checks the ranking. Anything but a valid confirmation goes back,
    unchanged, to the page route (`back`; 307 keeps the method and the
    choices), which shows the ballot again with its errors explained.
    """
    campaign_theme, options = ballot_box.ballot_to_cast(campaign_theme_id)
    if campaign_theme is None:
        raise Http404
    ranking = posted_ranking(request.POST, campaign_theme)
    if request.POST.get("step") != "confirm" or ranking is None:
        return _back_to_the_page(request)
    next_url = _local_url(request, request.POST.get("next")) or "/"
    _state, voter = ballots.current_voter(request, campaign_theme.campaign)
    if voter is None:
        messages.error(request, _("You cannot vote here now."))
        return HttpResponseRedirect(next_url)
    try:
        return _cast(request, voter, campaign_theme, ranking, options, next_url)
    except services.InvalidBallot:
        return _back_to_the_page(request)


def _back_to_the_page(request):
    back = _local_url(request, request.POST.get("back"))
    if back is None:
        raise Http404
    return HttpResponseRedirect(back, status=307)


def _cast(request, voter, campaign_theme, ranking, options, next_url):
    """Cast a confirmed ballot; back to its place on the page, which says how it went."""
    try:
        receipt = services.cast_online_ballot(
            voter.key, campaign_theme, ranking, voter.channel, options=options
        )
    except services.AlreadyVoted:
        ballots.remember_outcome(request, campaign_theme)
    except services.VotingClosed:
        messages.error(request, _("The vote is closed."))
    else:
        # Shown in place of the ballot, once (never in a cookie: it is the
        # voter's alone).
        ballots.remember_outcome(request, campaign_theme, receipt)
    return HttpResponseRedirect(next_url)


def _local_url(request, url):
    """`url` when it points to this site, else None."""
    if url and url_has_allowed_host_and_scheme(
        url, {request.get_host()}, request.is_secure()
    ):
        return url
    return None


def _next_url(request):
    return (
        _local_url(request, request.POST.get("next") or request.GET.get("next")) or "/"
    )


@never_cache
def enter_code(request, campaign_id):
    """Prove you hold a voting code; the session then remembers the code's id."""
    campaign = get_object_or_404(VoteCampaign, pk=campaign_id, allow_codes=True)
    next_url = _next_url(request)
    form = VotingCodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        address = client_address(request)
        try:
            code = services.check_code(campaign, form.cleaned_data["code"], address)
        except services.VoteCodesPaused:
            form.add_error(
                "code",
                _(
                    "Too many wrong codes were tried for this vote in the last hour, "
                    "so code entry is paused for everyone. Try again in an hour, or "
                    "ask a participation agent to record your paper ballot."
                ),
            )
            status = 429
        except services.CodeLocked:
            form.add_error(
                "code",
                _(
                    "Too many wrong codes were tried from your connection. For your "
                    "security, try again in 15 minutes, or ask a participation agent."
                ),
            )
            status = 429
        except services.WrongCode:
            form.add_error(
                "code",
                _("This code is not valid for this vote. Check it and try again."),
            )
            status = 400
        else:
            ballots.remember_code(request, code)
            messages.success(request, _("Your code is accepted: you can now vote."))
            return HttpResponseRedirect(next_url)
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "participation/vote_code.html",
        {
            "campaign": campaign,
            "form": form,
            "next": next_url,
            "phase": rules.phase(campaign),
        },
        status=status,
    )


@never_cache
def forget_code(request, campaign_id):
    campaign = get_object_or_404(VoteCampaign, pk=campaign_id)
    if request.method == "POST":
        ballots.forget_code(request, campaign)
        messages.info(request, _("The voting code is no longer used on this device."))
    return HttpResponseRedirect(_next_url(request))


def ballots_csv(request, campaign_id):
    """The certified ballot file, public once the results are (and never changed)."""
    campaign = get_object_or_404(VoteCampaign, pk=campaign_id)
    if not rules.results_visible(campaign):
        raise Http404
    response = HttpResponse(campaign.ballot_file, content_type=spreadsheets.CSV_TYPE)
    day = date_format(campaign.certified_at, "Y-m-d")
    response["Content-Disposition"] = (
        f'attachment; filename="ballots-{campaign.pk}-{day}.csv"'
    )
    response["Digest"] = f"sha-256={campaign.ballot_file_digest}"
    return response


def receipts(request, campaign_id):
    """Every counted ballot's receipt, sorted; a voter checks theirs (GET form)."""
    campaign = get_object_or_404(VoteCampaign, pk=campaign_id)
    if not rules.results_visible(campaign):
        raise Http404
    form = ReceiptCheckForm(request.GET or None)
    found = None
    if form.is_valid():
        code = sealing.normalised_receipt(form.cleaned_data["receipt"])
        found = campaign.receipts.filter(code=code).exists()
    if request.GET.get("format") == "txt":
        response = HttpResponse(content_type="text/plain; charset=utf-8")
        response.writelines(
            f"{code}\n"
            for code in campaign.receipts.order_by("code").values_list(
                "code", flat=True
            )
        )
        return response
    return render(
        request,
        "participation/vote_receipts.html",
        {
            "campaign": campaign,
            "form": form,
            "found": found,
            "count": campaign.receipts.count(),
        },
        status=200 if form.is_bound is False or form.is_valid() else 400,
    )
