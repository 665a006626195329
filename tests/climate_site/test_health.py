"""The load balancer's health check: a server that cannot reach its database
or its cache is taken out of rotation."""

from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_a_healthy_server_says_so(client):
    answer = client.get("/health/")
    assert answer.status_code == 200
    assert answer.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in answer["Cache-Control"]


def test_a_server_without_its_database_is_taken_out_of_rotation(client):
    with mock.patch(
        "climate_site.health.connection.cursor", side_effect=OperationalError
    ):
        answer = client.get("/health/")
    assert answer.status_code == 503
    assert answer.json()["database"] == "failing"


def test_a_server_without_its_cache_is_taken_out_of_rotation(client):
    with mock.patch("climate_site.health.cache.set", side_effect=ConnectionError):
        answer = client.get("/health/")
    assert answer.status_code == 503
    assert answer.json() == {"database": "ok", "cache": "failing"}


def test_concurrent_checks_do_not_take_a_healthy_server_out_of_rotation(client):
    from concurrent.futures import ThreadPoolExecutor

    from climate_site.health import cache_answers

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: cache_answers(), range(200)))
    assert all(answers)
