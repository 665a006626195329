"""Staff views of the vote (under /admin/votes/): the dashboard and each step of
the lifecycle (keys, close early, certify, publish, apply), voting codes, paper
ballots, exports. Every step that changes the vote shows what will change and
asks for confirmation first. Permissions come from the rules."""

import base64
from collections import Counter, defaultdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _

from climate_site.site_host import base_url
from home import spreadsheets
from participation.votes import ballots, rules, services
from participation.votes.exports import results_csv, results_xlsx
from participation.votes.forms import CertifyForm, GenerateCodesForm, PaperBallotForm
from participation.votes.models import (
    Ballot,
    BallotChannel,
    PaperBallotEntry,
    VoteCampaign,
    VoterRecord,
)

REFUSALS = {
    "not_open": _("The vote is already closed."),
    "trial": _("A trial vote is never counted, certified, published or applied."),
    "certified": _("This vote is already certified: its results are fixed."),
    "not_closed": _("Certify the vote once it is closed."),
    "no_keys": _("This vote has no keys: nothing was sealed, nothing can be counted."),
    "keys_exist": _("This vote's keys already exist: they are generated once."),
    "not_certified": _("Publish the results once the vote is certified."),
    "published": _("The results are already published."),
    "not_published": _("Apply the results once they are published."),
}


def _campaign(request, pk, check=rules.can_manage_campaigns):
    if not check(request.user):
        raise PermissionDenied
    return get_object_or_404(VoteCampaign, pk=pk)


def index(request):
    if not rules.can_enter_paper_ballots(request.user):
        raise PermissionDenied
    return render(
        request,
        "participation/admin/vote_index.html",
        {
            "campaigns": VoteCampaign.objects.all(),
            "can_manage": rules.can_manage_campaigns(request.user),
        },
    )


def turnout_by_day(campaign):
    """Voters per day and theme, from the who-voted register and paper entries.

    The ballot box holds no date: days come from the register (online and
    code voters) and from the agents' paper entries (a paper ballot that
    carries a code is in both).
    """
    per_day_theme = defaultdict(Counter)
    for model, day_field in (
        (VoterRecord, "voted_on"),
        (PaperBallotEntry, "entered_on"),
    ):
        rows = (
            model.objects.filter(campaign=campaign)
            .values_list(day_field, "theme_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for day, theme, n in rows:
            per_day_theme[day][theme] += n
    return per_day_theme


def turnout_by_channel(campaign):
    """{theme id: {channel: ballots}}: the box before the count, fixed after."""
    if campaign.certified_at:
        return {
            theme.theme: theme.turnout for theme in ballots.titled_results(campaign)
        }
    per_theme = defaultdict(dict)
    rows = (
        Ballot.objects.filter(campaign=campaign)
        .values_list("theme_id", "channel")
        .annotate(n=Count("id"))
        .order_by()
    )
    for theme, channel, n in rows:
        per_theme[theme][channel] = n
    return per_theme


def dashboard(request, pk):
    campaign = _campaign(request, pk)
    themes = ballots.ballot_themes(campaign)
    per_channel = turnout_by_channel(campaign)
    per_day_theme = turnout_by_day(campaign)
    channels = list(BallotChannel)
    return render(
        request,
        "participation/admin/vote_dashboard.html",
        {
            "campaign": campaign,
            "phase": rules.phase(campaign),
            "stage": rules.stage(campaign),
            "channels": channels,
            "themes": [
                (
                    title,
                    [per_channel.get(ct.theme_id, {}).get(c, 0) for c in channels],
                    sum(per_channel.get(ct.theme_id, {}).values()),
                )
                for ct, title, _options in themes
            ],
            "theme_titles": [title for _ct, title, _options in themes],
            "day_themes": [
                (day, [per_day_theme[day].get(ct.theme_id, 0) for ct, _t, _o in themes])
                for day in sorted(per_day_theme)
            ],
            "results": ballots.titled_results(campaign),
            "refusals": {
                "keys": rules.key_generation_refusal(campaign),
                "certify": rules.certification_refusal(campaign),
                "publish": rules.publication_refusal(campaign),
                "apply": rules.application_refusal(campaign),
            },
        },
    )


def _confirm(request, campaign, step, changes, form=None, status=200):
    return render(
        request,
        "participation/admin/vote_confirm.html",
        {"campaign": campaign, "step": step, "changes": changes, "form": form},
        status=status,
    )


def _refused(request, pk, reason):
    messages.error(request, REFUSALS.get(reason, reason))
    return redirect("votes_admin:dashboard", pk=pk)


def _confirmed_step(request, campaign, step, refusal, changes, act, done):
    """GET: what the step will change (`changes()`); POST: `act()`, then back to
    the dashboard saying `done`. A refused step goes back saying why."""
    if refusal:
        return _refused(request, campaign.pk, refusal)
    if request.method != "POST":
        return _confirm(request, campaign, step, changes())
    act()
    messages.success(request, done)
    return redirect("votes_admin:dashboard", pk=campaign.pk)


def close_early(request, pk):
    """Stop online and code voting now."""
    campaign = _campaign(request, pk)
    return _confirmed_step(
        request,
        campaign,
        "close",
        "not_open" if rules.phase(campaign) == rules.Phase.CLOSED else None,
        lambda: [
            _("Online and code voting stops now, for every theme."),
            _("Paper ballots collected before now may still be entered."),
        ],
        lambda: services.close_early(campaign, request.user),
        _("The vote is closed."),
    )


def generate_keys(request, pk):
    """GET: explain; POST: make the key pair and show the private key once."""
    campaign = _campaign(request, pk)
    reason = rules.key_generation_refusal(campaign)
    if reason:
        return _refused(request, pk, reason)
    if request.method != "POST":
        return _confirm(
            request,
            campaign,
            "keys",
            [
                _(
                    "A key pair is made for this vote. Ballots are sealed with its public half."
                ),
                _(
                    "The private key is shown once, on the next page: hand it to the "
                    "vote's commission. Without it nobody can count the vote; the site "
                    "does not keep it."
                ),
            ],
        )
    private_key = services.generate_keys(campaign, request.user)
    return render(
        request,
        "participation/admin/vote_keys.html",
        {"campaign": campaign, "private_key": private_key},
    )


def certify(request, pk):
    """The commission's key opens the box; a named person certifies the count."""
    campaign = _campaign(request, pk)
    reason = rules.certification_refusal(campaign)
    if reason:
        return _refused(request, pk, reason)
    form = CertifyForm(request.POST or None)
    per_channel = turnout_by_channel(campaign)
    totals = Counter()
    for by_channel in per_channel.values():
        totals.update(by_channel)
    changes = [
        _(
            "Ballots in the box: %(online)s online, %(code)s with a code, %(paper)s on paper."
        )
        % {c: totals.get(c, 0) for c in ("online", "code", "paper")},
        _(
            "Every sealed ballot is opened and counted; the results and the ballot file are fixed for good, with their digest."
        ),
        _("No more ballot of any channel is accepted, paper included."),
        _("The results stay private until you publish them."),
    ]
    if request.method == "POST" and form.is_valid():
        try:
            services.certify(
                campaign,
                form.cleaned_data["private_key"],
                form.cleaned_data["name"],
                request.user,
            )
        except services.WrongKey:
            form.add_error(
                "private_key", _("This is not the private key of this vote.")
            )
        except services.Refused as refusal:
            return _refused(request, pk, refusal.reason)
        else:
            messages.success(request, _("The vote is counted and certified."))
            return redirect("votes_admin:dashboard", pk=pk)
    status = 400 if request.method == "POST" else 200
    return _confirm(request, campaign, "certify", changes, form=form, status=status)


def publish(request, pk):
    """Make the certified results, the ballot file and the receipts public."""
    campaign = _campaign(request, pk)
    return _confirmed_step(
        request,
        campaign,
        "publish",
        rules.publication_refusal(campaign),
        lambda: [
            _("The certified results appear on every page that shows this vote."),
            _(
                "The ballot file (with its digest) and the list of receipts become public."
            ),
        ],
        lambda: services.publish_results(campaign, request.user),
        _("The results are published."),
    )


def apply_results(request, pk):
    """Each objective whose priority changes is listed first, then applied."""
    campaign = _campaign(request, pk)
    return _confirmed_step(
        request,
        campaign,
        "apply",
        rules.application_refusal(campaign),
        lambda: (
            [
                _("“%(objective)s”: priority %(before)s → %(after)s")
                % {"objective": objective, "before": before or "—", "after": after}
                for objective, before, after in ballots.priority_changes(campaign)
            ]
            or [_("The plan's priorities already follow these results.")]
        ),
        lambda: services.apply_results_to_plan(campaign, request.user),
        _("The objectives' priority ranks now follow the results."),
    )


def generate_codes(request, pk):
    """A form; on POST the printable sheet, shown once, with the same codes as CSV."""
    campaign = _campaign(request, pk)
    form = GenerateCodesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = services.generate_codes(
            campaign, form.cleaned_data["number"], request.user
        )
        sheet = spreadsheets.csv_text([["code"], *([code] for code in codes)])
        return render(
            request,
            "participation/admin/vote_codes_sheet.html",
            {
                "campaign": campaign,
                "codes": codes,
                "csv_data": base64.b64encode(sheet.encode()).decode(),
                # Printed on each code: where to type it in.
                "vote_url": base_url()
                + reverse("participation:vote_code", args=[campaign.pk]),
            },
        )
    return render(
        request,
        "participation/admin/vote_codes_form.html",
        {"campaign": campaign, "form": form},
    )


def paper_ballot(request, pk):
    """Pick a theme, then type in the paper's ranking (and code)."""
    campaign = _campaign(request, pk, rules.can_enter_paper_ballots)
    themes = ballots.ballot_themes(campaign)
    chosen = next((t for t in themes if str(t[0].pk) == request.GET.get("theme")), None)
    form = None
    status = 200
    if chosen is not None:
        campaign_theme, _title, options = chosen
        form = PaperBallotForm(campaign_theme, options, data=request.POST or None)
        if not rules.accepts_paper_ballots(campaign):
            messages.error(request, _("This vote takes no more paper ballots."))
            status = 409 if request.method == "POST" else 200
        elif request.method == "POST" and form.is_valid():
            try:
                receipt = services.enter_paper_ballot(
                    request.user,
                    campaign_theme,
                    form.ranking(),
                    form.cleaned_data.get("code", ""),
                )
            except services.VotingClosed:
                messages.error(request, _("This vote takes no more paper ballots."))
                return redirect("votes_admin:dashboard", pk=pk)
            except services.WrongCode:
                form.add_error("code", _("This code does not belong to this vote."))
            except services.AlreadyVoted:
                form.add_error("code", _("This code has already voted in this theme."))
            else:
                messages.success(
                    request,
                    _(
                        "Paper ballot entered. Receipt for its stub: %(receipt)s. Next one?"
                    )
                    % {"receipt": receipt},
                )
                return redirect(f"{request.path}?theme={campaign_theme.pk}")
            status = 400
        elif request.method == "POST":
            status = 400
    return render(
        request,
        "participation/admin/vote_paper.html",
        {
            "campaign": campaign,
            "themes": themes,
            "chosen": chosen,
            "form": form,
        },
        status=status,
    )


def export_results(request, pk, fmt):
    campaign = _campaign(request, pk)
    results = ballots.titled_results(campaign)
    if fmt == "xlsx":
        response = HttpResponse(
            results_xlsx(results), content_type=spreadsheets.XLSX_TYPE
        )
    else:
        response = HttpResponse(
            results_csv(results), content_type=spreadsheets.CSV_TYPE
        )
    response["Content-Disposition"] = (
        f'attachment; filename="results-{campaign.pk}.{fmt}"'
    )
    return response


def export_ballots(request, pk):
    campaign = _campaign(request, pk)
    if not campaign.certified_at:
        return _refused(request, pk, "not_certified")
    response = HttpResponse(campaign.ballot_file, content_type=spreadsheets.CSV_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="ballots-{campaign.pk}.csv"'
    )
    return response


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", dashboard, name="dashboard"),
    path("<int:pk>/keys/", generate_keys, name="keys"),
    path("<int:pk>/close/", close_early, name="close"),
    path("<int:pk>/certify/", certify, name="certify"),
    path("<int:pk>/publish/", publish, name="publish"),
    path("<int:pk>/apply/", apply_results, name="apply"),
    path("<int:pk>/codes/", generate_codes, name="codes"),
    path("<int:pk>/paper/", paper_ballot, name="paper"),
    path("<int:pk>/results.csv", export_results, {"fmt": "csv"}, name="results_csv"),
    path("<int:pk>/results.xlsx", export_results, {"fmt": "xlsx"}, name="results_xlsx"),
    path("<int:pk>/ballots.csv", export_ballots, name="ballots_csv"),
]
