"""Benchmark: ballots cast over HTTP by concurrent clients against gunicorn + PostgreSQL.

Run by hand (not part of the test suite), with PostgreSQL and Redis running:

    createdb -h 127.0.0.1 -U postgres agir_votes_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/agir_votes_bench \
        .venv/bin/python bench/votes.py --voters 1000 --rounds 3

It migrates the database, builds a plan of 5 themes of 4 objectives and an
open campaign on a page, creates distinct verified residents with signed-in
sessions, and starts gunicorn (3 sync workers) with the production settings:
a throwaway secret, sessions and cache in Redis (BENCH_REDIS_URL, database 15
by default, emptied first). Then, each round, 50 concurrent clients (one
asyncio loop, each request encoded beforehand) confirm every new voter's
ballot in every theme: the POST a browser sends from the confirmation step,
to the ballot box. It reports ballots per second, p50/p95 latency and the CPU
each part used per ballot, checks that the ballot box and the who-voted
register hold exactly one row per voter and theme, and that every ballot
sent again by the first voters is refused.

Measured on 2026-12-01 on the 2-core development machine at rest (load
average about 1), the clients, gunicorn, PostgreSQL and Redis all on its two
cores:

    --voters 400 --rounds 5: 5 x 2,000 ballots, 203.1 to 215.1 ballots/s,
        median 212.5; p50 218-244 ms, p95 264-283 ms (queueing: 50 clients)
    --voters 1000 --rounds 3: 3 x 5,000 ballots, 228.0 / 235.6 / 229.8
        ballots/s, median 229.8; p50 209-219 ms, p95 257-259 ms
    --voters 60 --rounds 1 --clients 1: p50 10.1 ms, p95 15.9 ms per ballot
    every run: counts exact, second ballots all refused

    CPU per ballot: gunicorn 5.8-6.7 ms, PostgreSQL 1.3-1.5 ms, Redis 0.1 ms,
    the clients 0.8 ms: about 9 ms of the machine's 10 ms per ballot at 200/s.

Measured again on 2026-12-02 with every ballot sealed to the vote's public
key (PyNaCl sealed box, about 0.15 ms per ballot) and the ballot box checking
the certification under a share lock, same machine, machine otherwise idle:

    --voters 400 --rounds 5: 5 x 2,000 ballots, 230.8 to 280.1 ballots/s,
        median 243.5; p50 179-209 ms, p95 214-299 ms; counts exact, second
        ballots all refused; CPU per ballot: gunicorn 4.7-5.6 ms, PostgreSQL
        1.2-1.4 ms, Redis 0.1 ms, the clients 0.6-0.7 ms

The same machine's speed varies by about 20 % from one minute to the next, so
compare medians of several rounds. What a ballot costs now, and why: the
confirmation no longer goes through the Wagtail page route (site, locale,
tree and body lookups: 19 queries, 83 ballots/s on 2026-11-26) but to
`participation.votes.views.cast_confirmed_ballot`; the session comes from
Redis; the account is loaded with its verified-email flag in one query; the
vote's rules in one query, none once the vote has ballots (they are frozen);
and on PostgreSQL the who-voted row and the ballot go in one statement: one
Redis read and two queries in all (three while the rules are read), written
as SQL where building them through the ORM cost more than running them
(participation/ballot_box.py, accounts/backends.py).
"""

import argparse
import asyncio
import os
import secrets
import statistics
import sys
import time
from importlib import import_module
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.production import ENV, start_gunicorn  # noqa: E402


def setup(voters):
    """Build the campaign and the voters; return (forms, sessions, counts).

    `forms` are (path, fields) of each theme's confirmation, `sessions` the
    voters' signed-in session keys, `counts()` the ballots and register rows.
    """
    os.environ.update(ENV)
    import django

    django.setup()
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.core.cache import cache
    from django.core.management import call_command

    from accounts import identity
    from accounts.models import MailboxClaim, User
    from participation.models import Ballot, VoteCampaign, VoterRecord
    from tests.factories.plan import plan
    from tests.factories.votes import campaign, vote_page

    SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
    cache.clear()  # the bench's own Redis database: earlier runs' sessions
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    VoteCampaign.objects.all().delete()
    from climate_plan.models import ClimatePlanPage

    for old in ClimatePlanPage.objects.all():  # earlier runs' plans
        old.delete()
    User.objects.filter(email__startswith="bench-").delete()
    vote = campaign(themes=plan(themes=5, objectives=4, actions=0), title="Bench")
    page = vote_page(vote)
    # Residents as a verified address leaves them: a person key and its claim.
    users = User.objects.bulk_create(
        User(
            email=f"bench-{n}@example.org",
            password="!",
            person_key=identity.mailbox_key(f"bench-{n}@example.org"),
        )
        for n in range(voters)
    )
    MailboxClaim.objects.filter(person_key__in=[u.person_key for u in users]).delete()
    MailboxClaim.objects.bulk_create(
        MailboxClaim(mailbox_key=user.person_key, person_key=user.person_key)
        for user in users
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True)
        for user in users
    )
    sessions = []
    for user in users:
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "accounts.backends.AuthenticationBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        sessions.append(store.session_key)
    from django.urls import reverse

    block_id = page.body[0].id
    forms = []
    for ct in vote.ballot_themes.all():
        a, b, c, _d = ct.option_ids()
        forms.append(
            (
                reverse("participation:vote_ballot", args=[ct.pk]),
                {
                    "theme": ct.pk,
                    "step": "confirm",
                    "back": page.block_action_url(block_id),
                    "next": page.block_url(block_id),
                    f"ballot-{ct.pk}-rank_1": a,
                    f"ballot-{ct.pk}-rank_2": b,
                    f"ballot-{ct.pk}-rank_3": c,
                },
            )
        )

    def counts():
        return (
            Ballot.objects.filter(campaign=vote).count(),
            VoterRecord.objects.filter(campaign=vote).count(),
        )

    return forms, sessions, counts


def encode_request(path, form, session, csrf):
    """The bytes a browser sends to confirm one ballot (encoded before the clock starts)."""
    body = urlencode({**form, "csrfmiddlewaretoken": csrf}).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\nCookie: sessionid={session}; csrftoken={csrf}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode() + body


async def send(port, request):
    """One request on its own connection; returns the HTTP status."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        response = await reader.read()  # to the end: the server closes
    finally:
        writer.close()
    return int(response[9:12]) if response.startswith(b"HTTP/1.") else 0


def run_round(port, forms, sessions, clients):
    """Every session posts every theme's ballot; returns (latencies, statuses, seconds).

    `clients` concurrent clients, each sending its voters' ballots one after
    the other, from one asyncio loop: the load costs the server's cores as
    little as a load generator can in Python.
    """
    csrf = secrets.token_hex(16)  # 32 characters: an unmasked CSRF secret
    requests = [
        [
            encode_request(path, form, session, csrf)
            for session in sessions[i::clients]
            for path, form in forms
        ]
        for i in range(clients)
    ]
    results = []

    async def client(mine):
        for request in mine:
            start = time.perf_counter()
            status = await send(port, request)
            results.append((time.perf_counter() - start, status))

    async def everyone():
        await asyncio.gather(*(client(mine) for mine in requests))

    started = time.perf_counter()
    asyncio.run(everyone())
    seconds = time.perf_counter() - started
    return [t for t, _s in results], [s for _t, s in results], seconds


def cpu_seconds(server_pid):
    """{pid: (part, CPU seconds so far)} for gunicorn, PostgreSQL, Redis and this process."""
    tick = os.sysconf("SC_CLK_TCK")
    used = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # the process ended meanwhile
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        pid, ppid = int(entry.name), int(fields[1])
        seconds = (int(fields[11]) + int(fields[12])) / tick  # user + system
        if server_pid in (pid, ppid):
            used[pid] = ("gunicorn", seconds)
        elif name == "postgres":
            used[pid] = ("postgres", seconds)
        elif name.startswith("redis-server"):
            used[pid] = ("redis", seconds)
        elif pid == os.getpid():
            used[pid] = ("clients", seconds)
    return used


def cpu_ms_per_ballot(before, after, ballots):
    """CPU used between two readings, by part (a process gone meanwhile is left out)."""
    parts = dict.fromkeys(("gunicorn", "postgres", "redis", "clients"), 0.0)
    for pid, (part, seconds) in after.items():
        parts[part] += seconds - before.get(pid, (part, 0.0))[1]
    return {part: round(1000 * seconds / ballots, 2) for part, seconds in parts.items()}


def measure(port, forms, sessions, clients, server_pid):
    """One timed round: the numbers of the report."""
    before = cpu_seconds(server_pid)
    latencies, statuses, seconds = run_round(port, forms, sessions, clients)
    after = cpu_seconds(server_pid)
    return {
        "ballots": len(statuses),
        "HTTP statuses": {s: statuses.count(s) for s in sorted(set(statuses))},
        "seconds": round(seconds, 2),
        "ballots/s": round(len(statuses) / seconds, 1),
        "p50 ms": round(1000 * statistics.median(latencies), 1),
        "p95 ms": round(1000 * statistics.quantiles(latencies, n=20)[-1], 1),
        "CPU ms per ballot": cpu_ms_per_ballot(before, after, len(statuses)),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=400, help="voters per round")
    parser.add_argument(
        "--rounds", type=int, default=3, help="timed rounds, new voters each"
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=8016)
    args = parser.parse_args()
    forms, sessions, counts = setup(args.voters * args.rounds)
    server = start_gunicorn(args.port, args.workers)
    try:
        time.sleep(4)
        rates = []
        for n in range(args.rounds):
            voters = sessions[n * args.voters : (n + 1) * args.voters]
            report = measure(args.port, forms, voters, args.clients, server.pid)
            rates.append(report["ballots/s"])
            sys.stdout.write(f"round {n + 1}: {report}\n")
        expected = len(sessions) * len(forms)
        sys.stdout.write(
            f"ballots/s, median of {args.rounds}: {statistics.median(rates)}\n"
        )
        sys.stdout.write(
            f"exact (ballots, register rows): {counts() == (expected, expected)}\n"
        )
        # The first voters send every ballot again: none may count.
        run_round(args.port, forms, sessions[: args.clients], args.clients)
        sys.stdout.write(
            f"second ballots all refused: {counts() == (expected, expected)}\n"
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
