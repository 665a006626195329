"""The client's address, as the limits count it, behind 0, 1 or 2 trusted proxies."""

import pytest
from django.test import RequestFactory

from climate_site.client import client_address, rate_limit_identity

PROXY = "10.0.0.2"


@pytest.mark.parametrize(
    "count, forwarded_for, expected",
    [
        # No trusted proxy: the header is anyone's to write, so it is ignored.
        (0, None, PROXY),
        (0, "203.0.113.9", PROXY),
        # One proxy: the last entry is what it saw; the ones before are forgeable.
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "1.1.1.1, 203.0.113.9", "203.0.113.9"),
        (1, "forged, 1.1.1.1 ,  203.0.113.9 ", "203.0.113.9"),
        (1, "2001:db8::7", "2001:db8::7"),
        (1, "[2001:db8::7]", "2001:db8::7"),
        (1, "::ffff:203.0.113.9", "203.0.113.9"),
        # Two proxies: the second entry from the right.
        (2, "1.1.1.1, 203.0.113.9, 10.0.0.1", "203.0.113.9"),
        (2, "203.0.113.9, 10.0.0.1", "203.0.113.9"),
        # Missing, short or malformed: the proxy's own address, never a guess.
        (1, None, PROXY),
        (1, "", PROXY),
        (1, "not-an-address", PROXY),
        (1, "203.0.113.9, ", PROXY),
        (1, "203.0.113.9:4711", PROXY),
        (2, "203.0.113.9", PROXY),
        (3, "1.1.1.1, 203.0.113.9", PROXY),
        (1, "1.1.1.1," * 10_000 + "203.0.113.9", "203.0.113.9"),
    ],
)
def test_client_address(settings, count, forwarded_for, expected):
    settings.AGIR_TRUSTED_PROXY_COUNT = count
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, **headers)
    assert client_address(request) == expected


def test_an_unreadable_remote_address_gives_an_empty_one(settings):
    settings.AGIR_TRUSTED_PROXY_COUNT = 0
    assert client_address(RequestFactory().get("/", REMOTE_ADDR="")) == ""


@pytest.mark.parametrize(
    "address, identity",
    [
        ("203.0.113.9", "203.0.113.9"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"),
        ("", ""),
    ],
)
def test_limits_count_ipv6_clients_per_64(address, identity):
    assert rate_limit_identity(address) == identity


def test_allauth_counts_the_same_address_and_survives_a_short_header(settings):
    from accounts.adapter import AccountAdapter

    settings.AGIR_TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    adapter = AccountAdapter()
    request = RequestFactory().get(
        "/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.9, 10.0.0.1"
    )
    assert adapter.get_client_ip(request) == "203.0.113.9"
    short = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.1.1.1")
    assert adapter.get_client_ip(short) == PROXY  # allauth alone would fail here
