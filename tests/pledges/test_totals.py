"""The page counts confirmed pledges per neighbourhood and in all, apart from
the city's actions."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from climate_plan.models import Neighbourhood
from pledges.identity import identity_of
from pledges.models import Pledge
from pledges.queries import totals


def pledge(action, neighbourhood, email, confirmed=True):
    return Pledge.objects.create(
        action=action,
        neighbourhood=neighbourhood,
        identity=identity_of(email),
        confirmed_at=timezone.now() if confirmed else None,
    )


def test_totals_count_confirmed_pledges_per_neighbourhood_and_people(
    pledge_page, cycling, composting, neighbourhood
):
    port = Neighbourhood.objects.create(name="Ivry-Port", slug="ivry-port")
    pledge(cycling, neighbourhood, "a@example.org")
    pledge(composting, neighbourhood, "a@example.org")
    pledge(cycling, port, "b@example.org")
    pledge(cycling, None, "c@example.org")
    pledge(composting, port, "d@example.org", confirmed=False)
    result = totals()
    assert result.neighbourhoods == [("Centre-ville", 2), ("Ivry-Port", 1)]
    assert result.outside == 1
    assert result.pledges == 4
    assert result.people == 3
    assert [item.count for item in result.actions] == [3, 1]
    assert result.tonnes_co2e == Decimal("1.08")  # (3 × 340 + 60) kg


def queries(client, url):
    client.get(url)  # warm the site and locale caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_the_page_shows_the_totals_apart_from_the_plan(
    client, pledge_page, cycling, neighbourhood
):
    for n in range(30):
        pledge(cycling, neighbourhood, f"p{n}@example.org")
    count, html = queries(client, pledge_page.url)
    assert "jamais ajoutés aux chiffres du plan" in html
    assert "30\u00a0habitants se sont engagés" in html or "30 habitants" in html
    assert "<caption>Engagements par quartier</caption>" in html
    assert "10,2" in html  # 30 × 340 kg = 10.2 t
    # The block costs a fixed handful of queries, whatever the number of
    # pledges, actions and neighbourhoods.
    pledge_page.body = []
    pledge_page.save_revision().publish()
    assert count - queries(client, pledge_page.url)[0] <= 9
