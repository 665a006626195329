"""Casting ballots through the vote block: review, confirm, change, errors, codes, secrecy.

French is the default language: the texts asserted are what a visitor at / reads.
"""

import datetime
import uuid

import pytest
from django.core.cache import cache
from django.db import connection, models
from django.urls import reverse

from participation.models import (
    Ballot,
    CountedBallot,
    VoteCampaign,
    VoterRecord,
    VotingCode,
)
from participation.votes import sealing, services, voter_keys
from tests.factories.accounts import UserFactory
from tests.factories.votes import campaign, opened_rankings, vote_page
from tests.participation.vote_helpers import action_url, ballot_data, objectives

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


def test_anonymous_visitor_is_told_how_to_take_part(client, page, vote):
    html = client.get(page.url).content.decode()
    assert "Se connecter pour voter" in html and f"?next={page.url}" in html
    assert reverse("participation:vote_code", args=[vote.pk]) in html
    assert "csrfmiddlewaretoken" not in html
    assert "<select" not in html


def test_ballot_is_confirmed_before_it_is_cast_then_never_shown(
    client, page, vote, voter
):
    a, b, c = objectives(vote)
    html = client.get(page.url).content.decode()
    assert html.count("<fieldset") == 2  # one ballot per theme
    review = client.post(action_url(page), ballot_data(vote, ranks=[b, a, None]))
    assert review.status_code == 200
    text = review.content.decode()
    assert "Confirmer mon vote" in text and "Objectif 1.2" in text
    assert Ballot.objects.count() == 0
    done = client.post(
        action_url(page), ballot_data(vote, ranks=[b, a, None], step="confirm")
    )
    assert done.status_code == 302
    assert opened_rankings(vote) == [[b, a]]
    html = client.get(page.url).content.decode()
    assert html.count("<fieldset") == 1  # the other theme is still to vote
    assert "Votre bulletin est pris en compte" in html
    # The receipt, once: it names the sealed ballot, not the ranking.
    receipt = sealing.receipt(Ballot.objects.get().sealed)
    assert f"Votre récépissé\u00a0: {receipt}" in html
    later = client.get(page.url).content.decode()
    assert receipt not in later and "Vous avez voté dans ce thème le" in later


def test_change_brings_the_form_back_with_the_choices_kept(client, page, vote, voter):
    a, b, c = objectives(vote)
    response = client.post(
        action_url(page), ballot_data(vote, ranks=[c, b, a], step="change")
    )
    html = response.content.decode()
    assert f'<option value="{c}" selected>' in html and "Vérifier mon bulletin" in html
    assert Ballot.objects.count() == 0


@pytest.mark.parametrize(
    "shape, message",
    [
        ("duplicate", "déjà choisi à un rang supérieur"),
        ("gap", "Remplissez les rangs dans l’ordre"),
        ("foreign", "ne figure pas sur le bulletin de ce thème"),
        ("empty", "Choisissez au moins votre premier choix"),
        ("too_many", "au plus 3 objectifs"),
    ],
)
def test_invalid_ballot_comes_back_explained_with_choices_kept(
    client, page, vote, voter, shape, message
):
    a, b, c = objectives(vote)
    other = objectives(vote, 1)[0]
    ranks = {
        "duplicate": [a, a, None],
        "gap": [a, None, c],
        "foreign": [a, other, None],
        "empty": [None, None, None],
        "too_many": [a, b, c],
    }[shape]
    data = ballot_data(vote, ranks=ranks, step="confirm")
    if shape == "too_many":
        data[f"ballot-{vote.ballot_themes.first().pk}-rank_4"] = str(other)
    response = client.post(action_url(page), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary"' in html and 'href="#vote-ballot-' in html
    if shape != "empty":
        assert f'<option value="{a}" selected>' in html
    assert Ballot.objects.count() == 0 and VoterRecord.objects.count() == 0


def test_second_ballot_same_theme_is_refused(client, page, vote, voter):
    a, b, c = objectives(vote)
    client.post(action_url(page), ballot_data(vote, ranks=[a], step="confirm"))
    response = client.post(
        action_url(page), ballot_data(vote, ranks=[b], step="confirm"), follow=True
    )
    assert "déjà voté dans ce thème" in response.content.decode()
    assert Ballot.objects.count() == 1


def test_closed_vote_takes_no_ballot(client, voter):
    vote = campaign(opens_in=-7, closes_in=-1)
    page = vote_page(vote)
    a = objectives(vote)[0]
    client.post(action_url(page), ballot_data(vote, ranks=[a], step="confirm"))
    assert Ballot.objects.count() == 0
    assert "Le vote a été clos le" in client.get(page.url).content.decode()


def test_voting_code_votes_once_per_theme_without_an_account(client, page, vote):
    [code] = services.generate_codes(vote, 1)
    code_url = reverse("participation:vote_code", args=[vote.pk])
    response = client.post(
        code_url, {"code": code.lower().replace("-", " "), "next": page.url}
    )
    assert response.status_code == 302 and response.url == page.url
    assert code not in str(dict(client.session))  # only the code's id is remembered
    a, b, c = objectives(vote)
    client.post(action_url(page), ballot_data(vote, ranks=[a, b], step="confirm"))
    client.post(
        action_url(page),
        ballot_data(vote, 1, ranks=objectives(vote, 1)[:1], step="confirm"),
    )
    client.post(action_url(page), ballot_data(vote, ranks=[c], step="confirm"))
    assert sorted(Ballot.objects.values_list("channel", flat=True)) == ["code", "code"]
    assert (
        VoterRecord.objects.filter(voter_key=voter_keys.code_voter_key(code)).count()
        == 2
    )
    assert (
        client.get(page.url)["Cache-Control"].startswith("max-age=0")
        or "private" in client.get(page.url)["Cache-Control"]
    )


def test_codes_are_stored_hashed_and_shown_once(admin_client, vote):
    response = admin_client.post(
        reverse("votes_admin:codes", args=[vote.pk]), {"number": 3}
    )
    html = response.content.decode()
    stored = set(VotingCode.objects.values_list("code_hash", flat=True))
    assert len(stored) == 3
    for code_hash in stored:
        assert code_hash not in html
    codes = [
        line.split("<strong>")[1].split("</strong>")[0]
        for line in html.split("<li>")[1:]
    ]
    assert {voter_keys.code_voter_key(code) for code in codes} == stored
    assert "data:text/csv;base64," in html


def test_wrong_codes_lock_the_address_after_five_tries(client, page, vote):
    [code] = services.generate_codes(vote, 1)
    url = reverse("participation:vote_code", args=[vote.pk])
    statuses = [client.post(url, {"code": f"WRONG-{i}"}).status_code for i in range(5)]
    assert statuses == [400, 400, 400, 400, 429]
    locked = client.post(url, {"code": code})
    assert locked.status_code == 429
    assert "réessayez dans 15 minutes" in locked.content.decode()


def test_paper_ballot_records_the_agent_not_the_voter(client, vote):
    from django.contrib.auth.models import Group, Permission

    from participation.models import PaperBallotEntry

    agent = UserFactory(is_staff=True)
    group, _ = Group.objects.get_or_create(name="Participation agents")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="enter_paper_ballots"),
    )
    agent.groups.add(group)
    client.force_login(agent)
    [code] = services.generate_codes(vote, 1)
    ct = vote.ballot_themes.first()
    a, b, c = objectives(vote)
    url = reverse("votes_admin:paper", args=[vote.pk]) + f"?theme={ct.pk}"
    assert client.post(url, {"paper-rank_1": a, "paper-rank_2": c}).status_code == 302
    assert client.post(url, {"paper-rank_1": b, "paper-code": code}).status_code == 302
    again = client.post(url, {"paper-rank_1": b, "paper-code": code})
    assert again.status_code == 400 and "déjà voté" in again.content.decode()
    assert Ballot.objects.filter(channel="paper").count() == 2
    assert PaperBallotEntry.objects.filter(agent=agent).count() == 2
    # Agents enter paper ballots only: the dashboard sends them back to the admin home.
    assert (
        client.get(reverse("votes_admin:dashboard", args=[vote.pk])).status_code == 302
    )


def test_ballots_have_no_column_order_or_time_linking_them_to_the_register():
    ballot_fields = {f.name: f for f in Ballot._meta.get_fields()}
    assert set(ballot_fields) == {"id", "campaign", "theme", "channel", "sealed"}
    assert isinstance(ballot_fields["id"], models.UUIDField)
    assert ballot_fields["id"].default is uuid.uuid4  # random, not sequential
    assert not Ballot._meta.ordering
    counted_fields = {f.name for f in CountedBallot._meta.get_fields()}
    assert counted_fields == {"id", "campaign", "theme", "ranking"}
    for model in (Ballot, CountedBallot):
        fields = model._meta.get_fields()
        assert not any(
            isinstance(f, models.DateField | models.DateTimeField) for f in fields
        )
        assert not [f for f in fields if f.related_model is VoterRecord]
    register_fields = {f.name for f in VoterRecord._meta.get_fields()}
    assert register_fields == {"id", "campaign", "theme", "voter_key", "voted_on"}
    assert not [f for f in VoterRecord._meta.get_fields() if f.related_model is Ballot]


def test_ballot_ids_do_not_follow_the_order_of_voting():
    vote = campaign()
    ct = vote.ballot_themes.first()
    option = ct.option_ids()[0]
    for i in range(30):
        services.cast_ballot(ct, [option], "online", voter_key=f"k{i}")
    # Insertion order, as a reader of the table sees it, against the keys.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {Ballot._meta.db_table} ORDER BY ctid")
        inserted = [row[0] for row in cursor.fetchall()]
    assert sorted(inserted) != inserted and sorted(inserted, reverse=True) != inserted


def test_results_block_shows_bars_and_a_table_once_published(client):
    vote = campaign(opens_in=-7, closes_in=7)
    page = vote_page(vote, results=True)
    ct = vote.ballot_themes.first()
    a, b, c = ct.option_ids()
    services.cast_ballot(ct, [b, a], "online", voter_key="x")
    html = client.get(page.url).content.decode()
    assert "Ses résultats seront publiés ici une fois" in html
    VoteCampaign.objects.filter(pk=vote.pk).update(
        closes_at=vote.opens_at + datetime.timedelta(days=1)
    )
    vote.refresh_from_db()
    services.certify(vote, vote.private_key, "Camille Durand")
    assert '<svg class="bars"' not in client.get(page.url).content.decode()  # not yet
    services.publish_results(vote)
    vote.refresh_from_db()
    html = client.get(page.url).content.decode()
    assert '<svg class="bars"' in html and "<caption id=" in html
    assert html.index("Objectif 1.2") < html.index("Objectif 1.1")
    assert 'Résultats certifiés par <span lang="fr">Camille Durand</span>' in html
    assert vote.ballot_file_digest in html
    csv_url = reverse("participation:vote_ballots_csv", args=[vote.pk])
    assert csv_url in html
    assert (
        client.get(csv_url).content.decode().splitlines()[1]
        == f"{vote.pk},{ct.theme_id},3,{a} {b} {c},{b} {a}"
    )
