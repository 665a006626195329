"""Code lock-outs hold across server processes and behind a proxy.

Two gunicorn servers run the site on the test database with the shared Redis
cache of production (climate_site.settings.test_redis), as if behind one
proxy (AGIR_TRUSTED_PROXY_COUNT=1). Wrong codes sent to both in turn count
once: a guesser gains nothing from reaching another worker, nor from writing
another address in X-Forwarded-For.
"""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils import translation

from participation.votes import services
from tests.factories.votes import campaign

pytestmark = pytest.mark.django_db(transaction=True)

REDIS_URL = os.environ.get("AGIR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
CSRF = secrets.token_hex(16)  # a 32-character secret, sent as cookie and field
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port, method, path, fields=None, forwarded_for=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": f"csrftoken={CSRF}"}
    body = None
    if fields is not None:
        body = urlencode({**fields, "csrfmiddlewaretoken": CSRF})
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    try:
        conn.request(method, path, body, headers)
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


@pytest.fixture
def redis_client():
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    return client


@pytest.fixture
def servers(transactional_db, redis_client, tmp_path):
    """Two gunicorn servers on the test database and one Redis key prefix."""
    prefix = f"agir-test-{uuid.uuid4().hex}"
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "climate_site.settings.test_redis",
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:"
            f"{db['PORT']}/{db['NAME']}"
        ),
        "REDIS_URL": REDIS_URL,
        "AGIR_CACHE_KEY_PREFIX": prefix,
        "AGIR_TRUSTED_PROXY_COUNT": "1",
    }
    ports, processes = [free_port(), free_port()], []
    logs = [tmp_path / f"server-{i}.log" for i in range(2)]
    try:
        for port, log in zip(ports, logs, strict=True):
            processes.append(
                subprocess.Popen(
                    [str(GUNICORN), "climate_site.wsgi", "--workers", "1"]
                    + ["--bind", f"127.0.0.1:{port}", "--timeout", "60"],
                    cwd=settings.BASE_DIR,
                    env=env,
                    stdout=log.open("w"),
                    stderr=subprocess.STDOUT,
                )
            )
        for port in ports:
            wait_until_serving(port)
        yield ports, logs
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        for key in redis_client.scan_iter(f"{prefix}:*"):
            redis_client.delete(key)


def code_url(vote):
    """The code page at its French address, whatever language a test left on."""
    with translation.override("fr"):
        return reverse("participation:vote_code", args=[vote.pk])


def wait_until_serving(port, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            request(port, "GET", "/robots.txt")
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"the server on port {port} did not start")


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
