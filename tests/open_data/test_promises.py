"""The API's promises to reusers and to residents: read-only for any site
(CORS), the same answer signed in or not, fresh after every publication, a
limit per client, and a bounded number of queries whatever the data."""

from datetime import date

import pytest
from django.test import Client

from climate_plan.models import ActionPage
from plan_reports.services import freeze_report
from tests.factories.accounts import UserFactory
from tests.factories.plan import ActionPageFactory, indicator, update
from tests.factories.proposals import ProposalFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/api/",
    "/api/v1/actions/",
    "/api/v1/action-updates/",
    "/api/v1/indicators/",
    "/api/v1/proposals/",
    "/api/v1/votes/",
    "/api/v1/reports/",
    "/api/v1/actions.csv",
    "/api/v1/proposals.csv",
    "/api/v2/pages/",
    "/api/v2/images/",
    "/api/v2/documents/",
]


@pytest.mark.parametrize("url", URLS)
def test_any_site_may_read_the_api_from_a_browser_without_credentials(themes, url):
    response = Client().get(url, HTTP_ORIGIN="https://example.net")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


def test_a_preflight_is_answered_and_writing_is_refused_in_the_readers_language(db):
    client = Client()
    preflight = client.options(
        "/api/v1/actions/",
        HTTP_ORIGIN="https://example.net",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"
    for method in ("post", "put", "patch", "delete"):
        refused = getattr(client, method)("/api/v1/actions/?locale=en")
        assert refused.status_code == 405
        assert refused["Allow"] == "GET, HEAD, OPTIONS"
        assert "read-only" in refused.json()["detail"]
    french = client.post("/api/v1/actions/")
    assert "lecture seule" in french.json()["detail"]


def test_a_signed_in_resident_or_staff_member_reads_exactly_what_anyone_reads(themes):
    ProposalFactory(title="Idée publique")
    resident = Client()
    resident.force_login(UserFactory())
    editor = Client()
    editor.force_login(UserFactory(is_superuser=True, is_staff=True))
    for url in URLS:
        anonymous = Client().get(url)
        for client in (resident, editor):
            response = client.get(url)
            assert response.content == anonymous.content, url
            assert "sessionid" not in response.cookies
            assert "csrftoken" not in response.cookies


def test_after_a_publication_the_next_reader_gets_the_new_state(
    themes, settings, django_capture_on_commit_callbacks
):
    settings.AGIR_PAGE_CACHE = True
    first = Client().get("/api/v1/actions/")
    assert first["X-Page-Cache"] == "miss"
    assert Client().get("/api/v1/actions/")["X-Page-Cache"] == "hit"
    action = ActionPage.objects.get(title="Action 1.1.1")
    action.status = "done"
    with django_capture_on_commit_callbacks(execute=True):
        action.save_revision().publish()
    again = Client().get("/api/v1/actions/")
    assert again["X-Page-Cache"] == "miss"
    row = next(r for r in again.json()["results"] if r["id"] == action.pk)
    assert row["status"] == "done"
    cached = Client().get("/api/v1/actions/?locale=en")
    assert cached["Content-Language"] == "en"
    assert Client().get("/api/v1/actions/")["Content-Language"] == "fr"


def test_beyond_the_limit_a_client_gets_429_in_its_language_then_others_still_read(
    db, settings
):
    settings.AGIR_API_RATE_LIMIT = 5
    client = Client()
    statuses = [client.get("/api/v1/indicators/").status_code for _ in range(5)]
    assert statuses == [200] * 5
    refused = client.get("/api/v1/indicators/?locale=es")
    assert refused.status_code == 429
    assert refused["Access-Control-Allow-Origin"] == "*"
    assert 0 < int(refused["Retry-After"]) <= 60
    assert refused.json()["detail"].startswith("Demasiadas solicitudes")
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.get("/api/v1/indicators/").status_code == 200


def grow(themes, size):
    """`size` more actions (each with an update), proposals and indicators."""
    objective = themes[0].get_children().first()
    for n in range(size):
        action = ActionPageFactory(parent=objective, title=f"Extra {size} {n}")
        update(action, "2024-01-01")
        proposal = ProposalFactory()
        proposal.tags.add(f"mot{n}")
        proposal.save()
        indicator({2015: 10, 2020: n})
    freeze_report(title=f"Bilan {size}", slug=f"bilan-{size}", as_of=date.today())


@pytest.mark.parametrize(
    "url",
    [u for u in URLS if u.startswith("/api/v")],
)
def test_queries_per_listing_stay_the_same_with_five_times_the_data(
    themes, url, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert Client().get(url).status_code == 200
        return len(captured)

    # Each first request also fills what a process keeps (sites, content types).
    grow(themes, 2)
    queries()
    small = queries()
    grow(themes, 10)
    queries()
    large = queries()
    if url.startswith("/api/v2/"):
        # Wagtail's own listings: at most 20 rows a request, a few queries each.
        assert small <= large <= 35
    else:
        assert large == small <= 20
