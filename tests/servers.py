"""The site run by two gunicorn servers on the test database and one Redis, as
production runs it behind a load balancer (climate_site.settings.test_redis).

Tests using `servers` must be transactional: the servers read what the test
committed.
"""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection

REDIS_URL = os.environ.get("AGIR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
CSRF = secrets.token_hex(16)  # a 32-character secret, sent as cookie and field
GUNICORN = Path(sys.executable).with_name("gunicorn")
# Behind one load balancer, every server sees the site's one host name.
HOST = "climat.example.org"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Answer:
    def __init__(self, response):
        self.status = response.status
        self.headers = response.headers
        self.text = response.read().decode()
        self.cookies = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(header)


def send(port, method, path, fields=None, forwarded_for=None, cookies=None):
    """One request to the server on `port`, with the test's CSRF secret."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    jar = {"csrftoken": CSRF, **(cookies or {})}
    headers = {"Host": HOST, "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())}
    body = None
    if fields is not None:
        body = urlencode({**fields, "csrfmiddlewaretoken": CSRF})
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    try:
        conn.request(method, path, body, headers)
        return Answer(conn.getresponse())
    finally:
        conn.close()


def request(port, method, path, fields=None, forwarded_for=None):
    """(status, text) of one request."""
    answer = send(port, method, path, fields, forwarded_for)
    return answer.status, answer.text


def get_anonymously(port, path):
    """A GET with no cookie at all: a first-time visitor."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": HOST})
        return Answer(conn.getresponse())
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


def wait_until_serving(port, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            request(port, "GET", "/robots.txt")
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"the server on port {port} did not start")


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
