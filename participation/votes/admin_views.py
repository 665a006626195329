"""Staff views of the vote (under /admin/votes/): dashboard, close early, apply the
results, voting codes, paper ballots, exports. Permissions come from the rules."""

import base64
from collections import Counter, defaultdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home import spreadsheets
from participation.votes import ballots, rules, services
from participation.votes.exports import results_csv, results_xlsx, write_ballots_csv
from participation.votes.forms import GenerateCodesForm, PaperBallotForm
from participation.votes.models import Ballot, BallotChannel, VoteCampaign


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
    """Ballots per day by channel, per theme by channel, and per day by theme."""
    per_day, per_theme, per_day_theme = (
        defaultdict(Counter),
        defaultdict(Counter),
        defaultdict(Counter),
    )
    rows = (
        Ballot.objects.filter(campaign=campaign)
        .values_list("cast_on", "theme_id", "channel")
        .annotate(n=Count("id"))
        .order_by()
    )
    for day, theme, channel, n in rows:
        per_day[day][channel] += n
        per_theme[theme][channel] += n
        per_day_theme[day][theme] += n
    days = [(day, dict(c), sum(c.values())) for day, c in sorted(per_day.items())]
    return days, per_theme, per_day_theme


def dashboard(request, pk):
    campaign = _campaign(request, pk)
    days, per_theme, per_day_theme = turnout_by_day(campaign)
    results = ballots.titled_results(campaign)
    peak = max((total for _day, _c, total in days), default=0)
    channels = list(BallotChannel)
    return render(
        request,
        "participation/admin/vote_dashboard.html",
        {
            "campaign": campaign,
            "phase": rules.phase(campaign),
            "channels": channels,
            "days": [
                (
                    day,
                    [by_channel.get(c, 0) for c in channels],
                    total,
                    (total * 100 // peak) if peak else 0,
                )
                for day, by_channel, total in days
            ],
            "themes": [
                (theme, [per_theme[theme.theme].get(c, 0) for c in channels])
                for theme in results
            ],
            "results": results,
            "day_themes": [
                (day, [per_day_theme[day].get(theme.theme, 0) for theme in results])
                for day in sorted(per_day_theme)
            ],
        },
    )


@require_POST
def close_early(request, pk):
    campaign = _campaign(request, pk)
    services.close_early(campaign, request.user)
    messages.success(request, _("The vote is closed."))
    return redirect("votes_admin:dashboard", pk=pk)


@require_POST
def apply_results(request, pk):
    campaign = _campaign(request, pk)
    if rules.phase(campaign) != "closed":
        messages.error(request, _("Apply the results once the vote is closed."))
    else:
        services.apply_results_to_plan(campaign, request.user)
        messages.success(
            request, _("The objectives' priority ranks now follow the results.")
        )
    return redirect("votes_admin:dashboard", pk=pk)


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
        if not campaign.allow_paper:
            messages.error(request, _("This vote takes no paper ballots."))
        elif request.method == "POST" and form.is_valid():
            try:
                services.enter_paper_ballot(
                    request.user,
                    campaign_theme,
                    form.ranking(),
                    form.cleaned_data.get("code", ""),
                )
            except services.WrongCode:
                form.add_error("code", _("This code does not belong to this vote."))
            except services.AlreadyVoted:
                form.add_error("code", _("This code has already voted in this theme."))
            else:
                messages.success(request, _("Paper ballot entered. Next one?"))
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
    response = HttpResponse(content_type=spreadsheets.CSV_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="ballots-{campaign.pk}.csv"'
    )
    write_ballots_csv(campaign, response)
    return response


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", dashboard, name="dashboard"),
    path("<int:pk>/close/", close_early, name="close"),
    path("<int:pk>/apply/", apply_results, name="apply"),
    path("<int:pk>/codes/", generate_codes, name="codes"),
    path("<int:pk>/paper/", paper_ballot, name="paper"),
    path("<int:pk>/results.csv", export_results, {"fmt": "csv"}, name="results_csv"),
    path("<int:pk>/results.xlsx", export_results, {"fmt": "xlsx"}, name="results_xlsx"),
    path("<int:pk>/ballots.csv", export_ballots, name="ballots_csv"),
]
