"""Hostile requests to the vote cost nothing: bounded reads, a clear 4xx, no write.

Every route of the vote is posted what no page of the site sends: a rank far
beyond the ballot, ten thousand fields, a 5 MB body, theme ids that are not
ids. Each answers quickly (asserted by the memory and queries it takes, not
by timing), with a message in the visitor's language, and writes nothing.
French is the default language: the texts asserted are what a visitor at / reads.
"""

import tracemalloc

import pytest
from django.urls import reverse

from participation.models import Ballot, PaperBallotEntry, VoterRecord
from participation.votes import services
from participation.votes.forms import posted_ranking
from tests.participation.vote_helpers import (
    action_url,
    ballot_data,
    ballot_url,
    confirmation,
    objectives,
)

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"  # past PostgreSQL's bigint
UNREADABLE = "Requête incomprise"  # the 400 page's title


def nothing_written():
    return (
        Ballot.objects.count()
        == VoterRecord.objects.count()
        == PaperBallotEntry.objects.count()
        == 0
    )


def far_rank(vote, page):
    """A confirmation with a 30,000,000th choice: the list it once built was 240 MB."""
    ct = vote.ballot_themes.first()
    a, b, c = objectives(vote)
    return {**confirmation(vote, page, [a]), f"ballot-{ct.pk}-rank_30000000": str(b)}


def peak_bytes(call):
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture
def agent_client(admin_client):
    return admin_client


@pytest.fixture
def routes(vote, page):
    """(name, url) of every route of the vote that takes a POST."""
    ct = vote.ballot_themes.first()
    return {
        "page": action_url(page),
        "ballot box": ballot_url(vote),
        "code": reverse("participation:vote_code", args=[vote.pk]),
        "forget code": reverse("participation:vote_code_forget", args=[vote.pk]),
        "paper": reverse("votes_admin:paper", args=[vote.pk]) + f"?theme={ct.pk}",
    }


OVERSIZED = {
    "10,000 fields": lambda: {f"field_{i}": "x" for i in range(10_000)},
    "a 5 MB body": lambda: {"theme": "1", "junk": "x" * (5 * 1024 * 1024)},
}


@pytest.mark.parametrize("shape", OVERSIZED)
@pytest.mark.parametrize(
    "route", ["page", "ballot box", "code", "forget code", "paper"]
)
def test_oversized_posts_get_a_clear_400_before_any_view_reads_them(
    client, agent_client, voter, routes, route, shape
):
    who = agent_client if route == "paper" else client
    response = who.post(routes[route], OVERSIZED[shape]())
    assert response.status_code == 400
    html = response.content.decode()
    assert UNREADABLE in html and "Rien n’a été enregistré" in html
    assert 'class="skip-link"' in html  # the site's page, not a blank one
    assert nothing_written()


def test_the_400_page_speaks_the_visitor_s_language(client, vote):
    url = reverse("participation:vote_code", args=[vote.pk])
    for prefix, title in [("/en", "Request not understood"), ("/es", "Solicitud")]:
        response = client.post(prefix + url, OVERSIZED["10,000 fields"]())
        assert response.status_code == 400
        assert title in response.content.decode()


def test_a_far_rank_costs_the_ballot_box_nothing_before_it_knows_the_voter(
    client, vote, page, django_assert_max_num_queries
):
    data, url = far_rank(vote, page), ballot_url(vote)
    with django_assert_max_num_queries(1):  # the ballot's rules
        peak = peak_bytes(lambda: client.post(url, data))
    assert peak < 10 * 1024 * 1024  # the list of 30,000,000 ranks took 240 MB
    response = client.post(url, data)
    assert response.status_code == 307 and response.url == action_url(page)
    shown = client.post(url, data, follow=True)
    assert "Vous ne pouvez pas voter ici pour le moment" in shown.content.decode()
    assert nothing_written()


def test_a_far_rank_from_a_voter_is_refused_with_the_reason(client, vote, page, voter):
    data = far_rank(vote, page)
    for url in (ballot_url(vote), action_url(page)):
        response = client.post(url, data, follow=True)
        assert response.status_code == 400
        assert "au plus 3 objectifs" in response.content.decode()
    assert nothing_written()


def test_a_far_rank_on_paper_is_refused_with_the_reason(agent_client, vote, routes):
    a, b, c = objectives(vote)
    data = {"paper-rank_1": str(a), "paper-rank_30000000": str(b)}
    peak = peak_bytes(lambda: agent_client.post(routes["paper"], data))
    assert peak < 30 * 1024 * 1024
    response = agent_client.post(routes["paper"], data)
    assert response.status_code == 400
    assert "au plus 3 objectifs" in response.content.decode()
    assert nothing_written()


@pytest.mark.parametrize(
    "name",
    ["rank_01", "rank_0", "rank_²", "rank_٣", "rank_-1", "rank_" + "9" * 40],
)
def test_rank_names_that_are_not_plain_numbers_are_forged_ranks(
    client, vote, page, voter, name
):
    ct = vote.ballot_themes.first()
    a, b, c = objectives(vote)
    data = {**ballot_data(vote, ranks=[a]), f"ballot-{ct.pk}-{name}": str(b)}
    response = client.post(action_url(page), data)
    assert response.status_code == 400
    assert "au plus 3 objectifs" in response.content.decode()
    assert posted_ranking(data, ct) is None
    assert nothing_written()


def test_a_rank_name_of_thousands_of_digits_builds_no_number(vote):
    ct = vote.ballot_themes.first()
    data = {f"ballot-{ct.pk}-rank_" + "9" * 5000: "1"}  # int() refuses past 4300
    assert posted_ranking(data, ct) is None


@pytest.mark.parametrize("value", ["9" * 5000, HUGE, "-3", "³", "1e3", " 7"])
def test_rank_values_that_are_not_ids_are_refused(client, vote, page, voter, value):
    ct = vote.ballot_themes.first()
    data = confirmation(vote, page, [value])
    assert posted_ranking(data, ct) is None
    response = client.post(ballot_url(vote), data, follow=True)
    assert response.status_code == 400
    assert "ne figure pas sur le bulletin de ce thème" in response.content.decode()
    assert nothing_written()


@pytest.mark.parametrize("theme", ["abc", HUGE, "-1", "1.0", "", "٣"])
def test_a_theme_that_is_not_an_id_is_a_bad_request(client, vote, page, voter, theme):
    data = {**ballot_data(vote, ranks=[objectives(vote)[0]]), "theme": theme}
    response = client.post(action_url(page), data)
    assert response.status_code == 400 and UNREADABLE in response.content.decode()
    assert nothing_written()


def test_a_theme_that_is_on_no_ballot_is_not_found(client, vote, page, voter):
    data = {**ballot_data(vote, ranks=[objectives(vote)[0]]), "theme": "999999"}
    assert client.post(action_url(page), data).status_code == 404


@pytest.mark.parametrize("theme", ["abc", HUGE])
def test_posted_theme_ids_never_break_the_other_routes(
    client, agent_client, voter, vote, routes, theme
):
    for name, url in routes.items():
        who = agent_client if name == "paper" else client
        response = who.post(url, {"theme": theme, "step": "confirm"})
        assert response.status_code < 500, name
    paper = reverse("votes_admin:paper", args=[vote.pk])
    assert agent_client.get(paper + f"?theme={theme}").status_code in (200, 404)
    assert nothing_written()


def huge_address(name, huge=HUGE):
    """The route's address with a huge id where the id goes (the URL patterns
    refuse to build it, as they refuse to match it)."""
    return reverse(name, args=[7]).replace("/7/", f"/{huge}/")


def test_huge_ids_in_addresses_are_not_found(client, agent_client, vote):
    urls = [
        huge_address("participation:vote_ballot"),
        huge_address("participation:vote_code"),
        huge_address("participation:vote_code_forget"),
        huge_address("participation:vote_ballots_csv"),
        huge_address("participation:vote_ballot", "9" * 5000),
    ]
    for url in urls:
        assert client.post(url, {"step": "confirm"}).status_code == 404, url
    for name in ("paper", "dashboard", "codes"):
        url = reverse(f"votes_admin:{name}", args=[HUGE])
        assert agent_client.get(url).status_code == 404, url
    assert nothing_written()


def test_an_oversized_code_is_refused_without_counting_a_guess(client, vote):
    url = reverse("participation:vote_code", args=[vote.pk])
    for _ in range(services.CODE_GUESSES["limit"] + 1):
        response = client.post(url, {"code": "A" * 100_000})
        assert response.status_code == 400
    [code] = services.generate_codes(vote, 1)
    assert client.post(url, {"code": code}).status_code == 302
