"""The fixed-window limiter: counts, windows, looking without counting, reset."""

import datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone

from climate_site import ratelimit

START = datetime.datetime(2024, 5, 1, 10, 0, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def clock():
    cache.clear()
    with mock.patch.object(timezone, "now", return_value=START) as now:
        yield now
    cache.clear()


def test_the_limit_holds_within_a_window_and_refusals_count():
    assert [ratelimit.allow("comment", 7, limit=3, period=60) for _ in range(5)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert ratelimit.allow("comment", 8, limit=3, period=60)  # another account
    assert ratelimit.allow("proposal", 7, limit=3, period=60)  # another action


def test_a_new_window_starts_afresh(clock):
    for _ in range(3):
        ratelimit.allow("comment", 7, limit=3, period=60)
    clock.return_value = START + datetime.timedelta(seconds=59)
    assert not ratelimit.allow("comment", 7, limit=3, period=60)
    clock.return_value = START + datetime.timedelta(seconds=60)
    assert ratelimit.allow("comment", 7, limit=3, period=60)


def test_is_limited_looks_without_counting():
    assert not ratelimit.is_limited("vote-code", "192.0.2.1", limit=2, period=900)
    ratelimit.allow("vote-code", "192.0.2.1", limit=2, period=900)
    assert not ratelimit.is_limited("vote-code", "192.0.2.1", limit=2, period=900)
    ratelimit.allow("vote-code", "192.0.2.1", limit=2, period=900)
    for _ in range(3):
        assert ratelimit.is_limited("vote-code", "192.0.2.1", limit=2, period=900)
    assert cache.get(ratelimit._key("vote-code", "192.0.2.1", 900)) == 2


def test_reset_forgets_the_current_window():
    for _ in range(2):
        ratelimit.allow("vote-code", "192.0.2.1", limit=2, period=900)
    ratelimit.reset("vote-code", "192.0.2.1", period=900)
    assert not ratelimit.is_limited("vote-code", "192.0.2.1", limit=2, period=900)
    assert ratelimit.allow("vote-code", "192.0.2.1", limit=2, period=900)


def test_an_expired_count_starts_again_at_one():
    key = ratelimit._key("comment", 7, 60)
    with mock.patch.object(cache, "incr", side_effect=ValueError):
        assert ratelimit.allow("comment", 7, limit=1, period=60)
    assert cache.get(key) == 1
