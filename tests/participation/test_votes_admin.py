"""Staff side of the vote: frozen rules, close early, dashboard, exports, recount, results."""

import csv
import hashlib
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from climate_plan.models import ObjectivePage
from participation.models import Ballot, CountedBallot, VoteCampaign
from participation.votes import rules, services
from participation.votes.exports import recount_csv
from participation.votes.results import campaign_results
from tests.factories.plan import plan
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
    titles = list(vote.titles.all())
    data.update(
        {
            "titles-TOTAL_FORMS": len(titles),
            "titles-INITIAL_FORMS": len(titles),
            "titles-MIN_NUM_FORMS": 0,
            "titles-MAX_NUM_FORMS": 1000,
        }
    )
    for i, translated in enumerate(titles):
        data[f"titles-{i}-id"] = translated.pk
        data[f"titles-{i}-ORDER"] = i + 1
        data[f"titles-{i}-language"] = translated.language
        data[f"titles-{i}-title"] = translated.title
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
    assert ModelLogEntry.objects.filter(
        action="participation.vote_rules_refused"
    ).exists()
    # The title alone may still change.
    renamed = admin_client.post(url, campaign_form_data(vote, title="Vote 2021"))
    assert renamed.status_code == 302
    assert VoteCampaign.objects.get(pk=vote.pk).title == "Vote 2021"


def test_the_title_is_translated_by_the_editor_even_once_ballots_are_cast(
    admin_client, client
):
    vote = campaign(title="Vote d’essai")
    url = reverse("wagtailsnippets_participation_votecampaign:edit", args=[vote.pk])
    # Saved once as the editor sees it (dates to the minute), then voted in.
    assert admin_client.post(url, campaign_form_data(vote)).status_code == 302
    vote.refresh_from_db()
    ct = vote.ballot_themes.first()
    services.cast_ballot(ct, ct.option_ids()[:1], "online", voter_key="k")
    translated = {
        "titles-TOTAL_FORMS": 1,
        "titles-0-ORDER": 1,
        "titles-0-language": "en",
        "titles-0-title": "Trial vote",
    }
    response = admin_client.post(url, campaign_form_data(vote, **translated))
    assert response.status_code == 302
    code_page = reverse("participation:vote_code", args=[vote.pk])
    lead = '<p class="lead" lang="{}">{}</p>'
    english = client.get("/en" + code_page).content.decode()
    assert lead.format("en", "Trial vote") in english
    assert lead.format("fr", "Vote d’essai") in client.get(code_page).content.decode()
    # A language without a translated title reads the title as written, and
    # says which language it is in.
    spanish = client.get("/es" + code_page).content.decode()
    assert lead.format("fr", "Vote d’essai") in spanish


def test_options_must_belong_to_their_theme(admin_client):
    vote = campaign()
    other = vote.ballot_themes.all()[1].option_ids()[0]
    url = reverse("wagtailsnippets_participation_votecampaign:edit", args=[vote.pk])
    data = campaign_form_data(vote)
    data["ballot_themes-0-options"] = [*data["ballot_themes-0-options"], str(other)]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "n’est pas un objectif du thème" in response.content.decode()


def cast(vote, rankings, theme_index=0):
    """Cast one ballot per ranking in a theme, channels in turn."""
    ct = vote.ballot_themes.all()[theme_index]
    ids = ct.option_ids()
    receipts = []
    for i, ranking in enumerate(rankings):
        receipts.append(
            services.cast_ballot(
                ct,
                [ids[n] for n in ranking],
                ["online", "code", "paper"][i % 3],
                voter_key=f"{theme_index}-{i}",
            )
        )
    return ct, ids, receipts


def certify_over_http(admin_client, vote, key=None):
    return admin_client.post(
        reverse("votes_admin:certify", args=[vote.pk]),
        {
            "name": "Camille Durand, présidente de la commission",
            "private_key": key or vote.private_key,
            "confirm": "on",
        },
    )


def test_closing_early_asks_first_and_says_what_changes(admin_client):
    vote = campaign()
    url = reverse("votes_admin:close", args=[vote.pk])
    html = admin_client.get(url).content.decode()
    assert "Clore le vote maintenant" in html and "papier" in html
    vote.refresh_from_db()
    assert rules.phase(vote) == rules.Phase.OPEN  # asking changes nothing
    admin_client.post(url)
    vote.refresh_from_db()
    assert rules.phase(vote) == rules.Phase.CLOSED


def test_the_count_needs_the_commissions_key_and_a_named_certifier(admin_client):
    vote = campaign(opens_in=-7, closes_in=-1)
    cast(vote, [[0, 1], [1], [1, 2, 0]])
    other = campaign(opens_in=-7, closes_in=-1)
    wrong = certify_over_http(admin_client, vote, key=other.private_key)
    assert wrong.status_code == 400
    assert "pas la clé privée de ce vote" in wrong.content.decode()
    unnamed = admin_client.post(
        reverse("votes_admin:certify", args=[vote.pk]),
        {"private_key": vote.private_key, "confirm": "on"},
    )
    assert unnamed.status_code == 400
    vote.refresh_from_db()
    assert (
        vote.certified_at is None and Ballot.objects.filter(campaign=vote).count() == 3
    )
    assert certify_over_http(admin_client, vote).status_code == 302
    vote.refresh_from_db()
    assert vote.certified_by_name.startswith("Camille Durand")
    # The box is emptied into counted ballots; only receipts stay of the seals.
    assert Ballot.objects.filter(campaign=vote).count() == 0
    assert CountedBallot.objects.filter(campaign=vote).count() == 3
    assert vote.receipts.count() == 3


def test_results_stay_private_until_published_then_the_file_matches_its_digest(
    admin_client, client
):
    vote = campaign(opens_in=-7, closes_in=-1)
    ct, ids, _receipts = cast(vote, [[0, 1], [1], [1, 2, 0]])
    certify_over_http(admin_client, vote)
    public_file = reverse("participation:vote_ballots_csv", args=[vote.pk])
    assert client.get(public_file).status_code == 404
    html = admin_client.get(reverse("votes_admin:dashboard", args=[vote.pk])).content
    assert "Publier les résultats" in html.decode()
    admin_client.post(reverse("votes_admin:publish", args=[vote.pk]))
    response = client.get(public_file)
    vote.refresh_from_db()
    assert hashlib.sha256(response.content).hexdigest() == vote.ballot_file_digest
    results = admin_client.get(
        reverse("votes_admin:results_csv", args=[vote.pk])
    ).content.decode()
    assert list(csv.reader(io.StringIO(results)))[1][:6] == [
        str(ct.theme_id),
        "Mobilités",
        "1",
        str(ids[1]),
        "Objectif 1.2",
        "8",
    ]


def test_recount_from_the_published_file_equals_the_published_results(
    admin_client, tmp_path
):
    vote = campaign(opens_in=-7, closes_in=-1)
    for theme_index in (0, 1):
        cast(vote, [[i % 3, (i + 1) % 3][: 1 + i % 2] for i in range(40)], theme_index)
    certify_over_http(admin_client, vote)
    vote.refresh_from_db()
    path = tmp_path / "ballots.csv"
    path.write_text(vote.ballot_file)
    with open(path, newline="") as stream:
        recounted = recount_csv(stream)[vote.pk]
    published = campaign_results(vote)
    assert [(t.theme, t.ballots, t.options) for t in recounted] == [
        (t.theme, t.ballots, t.options) for t in published
    ]
    assert [t.turnout for t in published][0] == {"online": 14, "code": 13, "paper": 13}
    out = io.StringIO()
    call_command("recount_votes", str(path), stdout=out)
    first = published[0].options[0]
    assert f"1. objective {first.option}: {first.points} points" in out.getvalue()


def test_no_ballot_of_any_channel_lands_after_certification(admin_client):
    vote = campaign(opens_in=-7, closes_in=-1)
    ct, ids, _receipts = cast(vote, [[0], [1]])
    certify_over_http(admin_client, vote)
    vote.refresh_from_db()
    digest, results = vote.ballot_file_digest, vote.results
    paper = admin_client.post(
        reverse("votes_admin:paper", args=[vote.pk]) + f"?theme={ct.pk}",
        {"paper-rank_1": ids[2]},
    )
    assert paper.status_code == 409
    with pytest.raises(services.VotingClosed):
        services.enter_paper_ballot(None, ct, [ids[2]])
    vote.refresh_from_db()
    assert (vote.ballot_file_digest, vote.results) == (digest, results)
    assert Ballot.objects.filter(campaign=vote).count() == 0
    assert CountedBallot.objects.filter(campaign=vote).count() == 2


def test_paper_ballots_collected_before_closing_are_entered_during_the_paper_count(
    admin_client,
):
    vote = campaign(opens_in=-7, closes_in=-1)
    ct = vote.ballot_themes.first()
    ids = ct.option_ids()
    response = admin_client.post(
        reverse("votes_admin:paper", args=[vote.pk]) + f"?theme={ct.pk}",
        {"paper-rank_1": ids[2]},
        follow=True,
    )
    assert "Récépissé pour son talon" in response.content.decode()
    assert Ballot.objects.filter(campaign=vote, channel="paper").count() == 1
    assert ModelLogEntry.objects.filter(
        action="participation.vote_paper_ballot_entered"
    ).exists()


def test_a_trial_vote_can_never_be_certified_published_or_applied(admin_client):
    vote = campaign(opens_in=-7, closes_in=-1, is_trial=True)
    cast(vote, [[0]])
    for step in ("certify", "publish", "apply"):
        response = admin_client.get(
            reverse(f"votes_admin:{step}", args=[vote.pk]), follow=True
        )
        assert "Un vote d’essai" in response.content.decode()
    with pytest.raises(services.Refused):
        services.certify(vote, vote.private_key, "Quelqu’un")
    vote.refresh_from_db()
    assert vote.certified_at is None


def test_applying_asks_with_each_change_then_ranks_the_objectives(
    admin_client, django_capture_on_commit_callbacks
):
    vote = campaign(opens_in=-7, closes_in=-1)
    ct, (a, b, c), _receipts = cast(vote, [[2, 0]])
    certify_over_http(admin_client, vote)
    admin_client.post(reverse("votes_admin:publish", args=[vote.pk]))
    url = reverse("votes_admin:apply", args=[vote.pk])
    html = admin_client.get(url).content.decode()
    assert "Objectif 1.3" in html and "→ 1" in html
    assert ObjectivePage.objects.get(pk=c).priority_rank is None
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url)
    ranks = dict(
        ObjectivePage.objects.filter(pk__in=[a, b, c]).values_list(
            "pk", "priority_rank"
        )
    )
    assert ranks == {c: 1, a: 2, b: 3}
    assert PageLogEntry.objects.filter(page_id=c, action="wagtail.publish").exists()


def test_a_page_about_a_past_vote_keeps_its_priorities_when_a_later_vote_is_applied(
    admin_client, django_capture_on_commit_callbacks
):
    from climate_plan.progress import prioritised_objectives

    themes = plan(themes=1, objectives=3, actions=0)
    first = campaign(themes=themes, opens_in=-30, closes_in=-20)
    _ct, (a, b, c), _r = cast(first, [[0, 1]])
    certify_over_http(admin_client, first)
    services.publish_results(first)
    later = campaign(themes=themes, opens_in=-7, closes_in=-1, title="Vote 2023")
    cast(later, [[2, 1]])
    certify_over_http(admin_client, later)
    services.publish_results(later)
    with django_capture_on_commit_callbacks(execute=True):
        services.apply_results_to_plan(later)
    first.refresh_from_db()
    [(_theme, as_in_2021)] = prioritised_objectives(ranks=first.priority_ranks())
    [(_theme, as_now)] = prioritised_objectives()
    assert [o.pk for o in as_in_2021] == [a, b, c]
    assert [o.pk for o in as_now] == [c, b, a]


def test_each_printed_voting_code_says_where_to_type_it_in(admin_client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://climat.ivry.example"
    vote = campaign()
    response = admin_client.post(
        reverse("votes_admin:codes", args=[vote.pk]), {"number": 3}
    )
    html = response.content.decode()
    address = f"https://climat.ivry.example/participation/votes/{vote.pk}/code/"
    assert html.count(f'<span class="address">{address}</span>') == 3
    assert "localhost" not in html
