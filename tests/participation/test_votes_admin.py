"""Staff side of the vote: frozen rules, close early, dashboard, exports, recount, results."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageLogEntry

from climate_plan.models import ObjectivePage
from participation.models import VoteCampaign
from participation.votes import services
from participation.votes.exports import recount_csv, write_ballots_csv
from participation.votes.results import campaign_results
from tests.factories.votes import campaign

pytestmark = pytest.mark.django_db


def campaign_form_data(vote, **changes):
    """The snippet edit form's POST data for the campaign as it stands."""
    data = {
        "title": vote.title,
        "opens_at": vote.opens_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        "closes_at": vote.closes_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        "ranks": vote.ranks,
        "counting_rule": vote.counting_rule,
        "allow_accounts": "on",
        "allow_codes": "on",
        "allow_paper": "on",
        "results_visibility": vote.results_visibility,
    }
    themes = list(vote.ballot_themes.all())
    data.update(
        {
            "ballot_themes-TOTAL_FORMS": len(themes),
            "ballot_themes-INITIAL_FORMS": len(themes),
            "ballot_themes-MIN_NUM_FORMS": 1,
            "ballot_themes-MAX_NUM_FORMS": 1000,
        }
    )
    for i, ct in enumerate(themes):
        data[f"ballot_themes-{i}-id"] = ct.pk
        data[f"ballot_themes-{i}-ORDER"] = i + 1
        data[f"ballot_themes-{i}-theme"] = ct.theme_id
        data[f"ballot_themes-{i}-options"] = [str(pk) for pk in ct.option_ids()]
    data.update(changes)
    return data


def test_rules_freeze_once_the_first_ballot_is_cast(admin_client, caplog):
    vote = campaign()
    url = reverse("wagtailsnippets_participation_votecampaign:edit", args=[vote.pk])
    assert admin_client.post(url, campaign_form_data(vote, ranks=4)).status_code == 302
    vote.refresh_from_db()
    assert vote.ranks == 4
    ct = vote.ballot_themes.first()
    services.cast_ballot(ct, ct.option_ids()[:1], "online", voter_key="k")
    response = admin_client.post(url, campaign_form_data(vote, ranks=2))
    assert response.status_code == 200
    assert "ne peuvent plus changer" in response.content.decode()
    vote.refresh_from_db()
    assert vote.ranks == 4
    assert "Refused a change to the rules" in caplog.text
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(
        action="participation.vote_rules_refused"
    ).exists()
    # The title alone may still change.
    renamed = admin_client.post(url, campaign_form_data(vote, title="Vote 2021"))
    assert renamed.status_code == 302
    assert VoteCampaign.objects.get(pk=vote.pk).title == "Vote 2021"


def test_options_must_belong_to_their_theme(admin_client):
    vote = campaign()
    other = vote.ballot_themes.all()[1].option_ids()[0]
    url = reverse("wagtailsnippets_participation_votecampaign:edit", args=[vote.pk])
    data = campaign_form_data(vote)
    data["ballot_themes-0-options"] = [*data["ballot_themes-0-options"], str(other)]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "n’est pas un objectif du thème" in response.content.decode()


def test_close_early_then_dashboard_and_exports(admin_client):
    vote = campaign()
    ct = vote.ballot_themes.first()
    a, b, c = ct.option_ids()
    for i, ranking in enumerate([[a, b], [b], [b, c, a]]):
        services.cast_ballot(
            ct, ranking, ["online", "code", "paper"][i], voter_key=str(i)
        )
    admin_client.post(reverse("votes_admin:close", args=[vote.pk]))
    vote.refresh_from_db()
    assert not vote.is_open()
    html = admin_client.get(
        reverse("votes_admin:dashboard", args=[vote.pk])
    ).content.decode()
    assert (
        "Bulletins par jour" in html
        and "<svg" in html
        and "Appliquer les résultats au plan" in html
    )
    results = admin_client.get(
        reverse("votes_admin:results_csv", args=[vote.pk])
    ).content.decode()
    assert list(csv.reader(io.StringIO(results)))[1][:6] == [
        str(ct.theme_id),
        "Mobilités",
        "1",
        str(b),
        "Objectif 1.2",
        "8",
    ]
    xlsx = admin_client.get(reverse("votes_admin:results_xlsx", args=[vote.pk]))
    assert xlsx.content[:2] == b"PK"


def test_recount_from_the_published_file_equals_the_results(tmp_path):
    vote = campaign(themes=None)
    for ct in vote.ballot_themes.all():
        ids = ct.option_ids()
        for i in range(40):
            ranking = [ids[(i * 7) % 3], ids[(i * 5 + 1) % 3]][: 1 + i % 2]
            if len(set(ranking)) < len(ranking):
                ranking = ranking[:1]
            services.cast_ballot(
                ct, ranking, ["online", "code", "paper"][i % 3], voter_key=f"v{i}"
            )
    path = tmp_path / "ballots.csv"
    with open(path, "w", newline="") as stream:
        write_ballots_csv(vote, stream)
    with open(path, newline="") as stream:
        recounted = recount_csv(stream)[vote.pk]
    assert recounted == campaign_results(vote)
    out = io.StringIO()
    call_command("recount_votes", str(path), stdout=out)
    first = campaign_results(vote)[0].options[0]
    assert f"1. objective {first.option}: {first.points} points" in out.getvalue()


def test_applying_results_ranks_the_objectives_and_publishes_them(
    admin_client, django_capture_on_commit_callbacks
):
    vote = campaign(opens_in=-7, closes_in=-1)
    ct = vote.ballot_themes.first()
    a, b, c = ct.option_ids()
    services.cast_ballot(ct, [c, a], "online", voter_key="x")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("votes_admin:apply", args=[vote.pk]))
    ranks = dict(
        ObjectivePage.objects.filter(pk__in=[a, b, c]).values_list(
            "pk", "priority_rank"
        )
    )
    assert ranks == {c: 1, a: 2, b: 3}
    assert PageLogEntry.objects.filter(page_id=c, action="wagtail.publish").exists()
