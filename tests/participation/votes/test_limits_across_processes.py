"""Code lock-outs hold across server processes and behind a proxy.

Two gunicorn servers run the site on the test database with the shared Redis
cache of production (climate_site.settings.test_redis), as if behind one
proxy (AGIR_TRUSTED_PROXY_COUNT=1). Wrong codes sent to both in turn count
once: a guesser gains nothing from reaching another worker, nor from writing
another address in X-Forwarded-For.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from participation.votes import services
from tests.factories.votes import campaign
from tests.servers import request

pytestmark = pytest.mark.django_db(transaction=True)


def code_url(vote):
    """The code page at its French address, whatever language a test left on."""
    with translation.override("fr"):
        return reverse("participation:vote_code", args=[vote.pk])


def test_wrong_codes_lock_the_address_after_five_in_total_across_servers(servers):
    (a, b), _logs = servers
    vote = campaign()
    [code] = services.generate_codes(vote, 1)
    url = code_url(vote)
    statuses = [
        request(port, "POST", url, {"code": f"WRONG-{i}"}, "198.51.100.7")[0]
        for i, port in enumerate([a, b, a, b, a])
    ]
    assert statuses == [400, 400, 400, 400, 429]
    status, html = request(b, "POST", url, {"code": code}, "198.51.100.7")
    assert status == 429 and "réessayez dans 15 minutes" in html
    # What the client writes left of the proxy's entry changes nothing.
    status, _html = request(a, "POST", url, {"code": code}, "1.2.3.4, 198.51.100.7")
    assert status == 429
    # Another client behind the same proxy is not locked out.
    assert request(a, "POST", url, {"code": code}, "198.51.100.8")[0] == 302


def test_the_vote_s_budget_holds_across_servers_and_addresses(servers):
    (a, b), logs = servers
    vote = campaign()
    [code] = services.generate_codes(vote, 1)
    budget = services.code_guess_budget(vote)
    url = code_url(vote)
    statuses = [
        request((a, b)[i % 2], "POST", url, {"code": "WRONG"}, f"203.0.113.{i}")[0]
        for i in range(budget)
    ]
    assert statuses == [400] * (budget - 1) + [429]
    for port in (a, b):
        status, html = request(port, "POST", url, {"code": code}, "192.0.2.77")
        assert status == 429 and "la saisie des codes est suspendue" in html
    logged = "".join(log.read_text() for log in logs)
    assert logged.count("Code entry paused for vote campaign") == 1
