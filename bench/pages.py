"""Benchmark: what each page type costs, in process and over HTTP against gunicorn.

Run by hand (not part of the test suite), with PostgreSQL and Redis running:

    createdb -h 127.0.0.1 -U postgres agir_pages_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/agir_pages_bench \\
        .venv/bin/python bench/pages.py --scale 10

It migrates the database and builds the demo site (`manage.py load_demo`)
once (565 proposals, 547 published, 43 comments, 10,312 counted ballots);
with `--scale N` (N > 1) it then adds proposals, comments and ballots with
bulk inserts up to about 600 x N published proposals, 6,000 x N comments (a
tenth of them on the "Let's talk" page, the rest on the proposals) and
3,000 x N ballots in the 2021 vote, counted, certified and published again
(running it again at the same scale adds nothing). Settings are the
production ones, with a throwaway secret, sessions and cache in Redis
(BENCH_REDIS_URL, database 15 by default, emptied first).

Then, for each page type (home, plan, a theme, an action, the proposal list,
a proposal, the content page with comments, the 2021 conference page with
the vote results, the event list, a search):

- in process, with Django's test client and the page cache off
  (AGIR_PAGE_CACHE=False): the SQL queries of one request, anonymous and
  signed in (a demo resident), and the render time p50/p90 of anonymous
  requests (`--seconds` per page);
- over HTTP, gunicorn with 3 sync workers, `--clients` concurrent clients
  (one asyncio loop, one connection per request): requests/s and p50/p95 of
  anonymous requests, first with the page cache on (every answer must carry
  `X-Page-Cache: hit`: the share is reported), then with gunicorn restarted
  with AGIR_PAGE_CACHE=false; in each run `/health/` (one SELECT 1 and a
  cache set and get in Redis: the cheapest Django view that touches both) is
  measured the same way, as the bare-view reference.

Measured on 2026-12-02 at 10:00 UTC on the 2-core development machine
shared with other work: load average 12.5 at the start, 11.7 at the end
(about six runnable processes per core: every figure below is several times
what the machine at rest gives, and only the ratios between rows of one run
mean much). `--scale 1 --seconds 2`, 20 clients, 3 workers; "cached" pages
were all served with `X-Page-Cache: hit`:

| page | queries anon / signed in | render p50 / p90 ms | cached req/s | p50 / p95 ms | uncached req/s | p50 / p95 ms |
|---|---|---|---|---|---|---|
| /health/ (bare view) |  |  | 4 (1) | 922 / 1448 | 19 (82 % ok) | 259 / 612 |
| home | 42 / 45 | 226 / 240 | 78 | 186 / 215 | 4 | 2981 / 4207 |
| plan | 41 / 44 | 273 / 341 | 101 | 129 / 165 | 3 | 4248 / 6082 |
| theme | 45 / 48 | 187 / 242 | 119 | 144 / 169 | 2 | 5018 / 8330 |
| action | 51 / 54 | 240 / 255 | 120 | 137 / 163 | 2 | 5650 / 9923 |
| proposal list | 28 / 31 | 208 / 627 | 100 | 166 / 196 | 3 | 5183 / 7145 |
| proposal | 35 / 39 | 202 / 222 | 126 | 143 / 170 | 4 | 3836 / 5143 |
| page with comments | 39 / 42 | 152 / 215 | 148 | 105 / 142 | 3 | 3640 / 5939 |
| conference (results) | 49 / 52 | 156 / 248 | 212 | 78 / 113 | 2 | 5165 / 8667 |
| event list | 39 / 42 | 182 / 206 | 283 | 53 / 126 | 4 | 3151 / 4390 |
| search | 25 / 28 | 152 / 178 | 299 | 62 / 79 | 4 | 4027 / 5724 |

(1) measured while the workers were still starting (the bench now waits for
them). `/health/` answers 503 to a share of concurrent requests: every
request writes the same cache key with its own value, and reads back
another's; a load balancer would take such a server out under load.

Again at 10:08 UTC, `--scale 10 --seconds 2` (6,000 published proposals,
60,000 comments, 29,950 counted ballots, grown in 58 s; main as of
8bb28bb), load average 6.4 at the start, 8.2 at the end:

| page | queries anon / signed in | render p50 / p90 ms | cached req/s | p50 / p95 ms | uncached req/s | p50 / p95 ms |
|---|---|---|---|---|---|---|
| /health/ (bare view) |  |  | 177 (67 % ok) | 115 / 147 | 161 (63 % ok) | 121 / 148 |
| home | 43 / 46 | 154 / 166 | 266 | 60 / 84 | 7 | 1863 / 2830 |
| plan | 43 / 46 | 188 / 200 | 304 | 57 / 76 | 4 | 3680 / 5073 |
| theme | 47 / 50 | 195 / 246 | 283 | 63 / 76 | 5 | 2892 / 3729 |
| action | 52 / 55 | 272 / 352 | 286 | 53 / 74 | 3 | 4338 / 6052 |
| proposal list | 29 / 32 | 282 / 301 | 313 | 55 / 74 | 4 | 3563 / 5260 |
| proposal | 36 / 40 | 176 / 200 | 265 | 64 / 79 | 5 | 2781 / 3784 |
| page with comments | 40 / 43 | 228 / 236 | 312 | 60 / 74 | 3 | 3991 / 5951 |
| conference (results) | 50 / 53 | 229 / 259 | 295 | 60 / 76 | 3 | 3982 / 5611 |
| event list | 40 / 43 | 214 / 311 | 300 | 61 / 76 | 4 | 3239 / 4595 |
| search | 26 / 29 | 123 / 234 | 299 | 58 / 73 | 5 | 3336 / 4358 |

What it shows even on a loaded machine: a page served from the page cache
costs 20 to 100 times less than the page rendered (78-299 requests/s against
2-4); rendered, every page type runs 25-51 queries (the chrome costs most of
them), above the 20-query goal; signed in adds 3-4; at 10x data each page
type costs one query more than the demo's (the code had moved on between the
two runs too) and renders in about the same time, the conference page with
its results included. Cached pages answer faster than `/health/` itself
(which writes to Redis on every request).
"""

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.production import ENV as PRODUCTION_ENV  # noqa: E402
from bench.production import start_gunicorn  # noqa: E402

ENV = {
    **PRODUCTION_ENV,
    # The demo's search index is written while it is built, not by a worker.
    "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
}


def build(scale):
    """The demo site, grown to `scale` times its proposals, comments and ballots."""
    from django.core.cache import cache
    from django.core.management import call_command

    from home.models import HomePage

    cache.clear()  # the bench's own Redis database: earlier runs' pages
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if not HomePage.objects.exists():
        call_command("load_demo", verbosity=0)
    if scale > 1:
        grow_proposals(600 * scale)
        grow_comments(6000 * scale)
        grow_ballots(3000 * scale)
    cache.clear()


def grow_proposals(target):
    """Copies of a published demo proposal, up to `target` published ones."""
    from participation.models import Proposal

    published = Proposal.objects.filter(published_at__isnull=False)
    missing = target - published.count()
    if missing <= 0:
        return
    template = published.filter(status__is_public=True).order_by("pk").first()
    fields = {
        f.attname: getattr(template, f.attname)
        for f in Proposal._meta.concrete_fields
        if not f.primary_key
    }
    Proposal.objects.bulk_create(
        (
            Proposal(
                **{
                    **fields,
                    "reference": f"BENCH-{n:05d}",
                    "title": f"{template.title[:150]} ({n})",
                }
            )
            for n in range(missing)
        ),
        batch_size=2000,
    )


def grow_comments(target):
    """Top-level comments by the demo residents, up to `target` in all: a tenth
    on the "Let's talk" page, the rest one after the other on the proposals."""
    import datetime

    from django.db.models import F
    from django.utils import timezone

    from home.models import ContentPage
    from participation.comments.models import subject_identity
    from participation.comments.services import discussion_for
    from participation.models import Comment, Discussion, Proposal

    missing = target - Comment.objects.count()
    if missing <= 0:
        return
    users = list(Comment.objects.values_list("author_id", flat=True).distinct()[:10])
    page = ContentPage.objects.get(slug="parlons-en", locale__language_code="fr")
    proposals = list(Proposal.objects.filter(published_at__isnull=False))
    subject_type, _key = subject_identity(proposals[0])
    Discussion.objects.bulk_create(
        (
            Discussion(subject_type=subject_type, subject_key=str(p.pk))
            for p in proposals
        ),
        ignore_conflicts=True,
        batch_size=2000,
    )
    discussions = list(
        Discussion.objects.filter(subject_type=subject_type).values_list(
            "pk", flat=True
        )
    )
    on_page = discussion_for(page, create=True).pk
    start = timezone.now() - datetime.timedelta(days=30)
    comments = [
        Comment(
            discussion_id=on_page if n % 10 == 0 else discussions[n % len(discussions)],
            author_id=users[n % len(users)],
            language="fr",
            body=f"Commentaire numéro {n} : d’accord, à condition de le faire vite.",
            created_at=start + datetime.timedelta(seconds=20 * n),
        )
        for n in range(missing)
    ]
    Comment.objects.bulk_create(comments, batch_size=5000)
    Comment.objects.filter(root__isnull=True, parent__isnull=True).update(root=F("pk"))


def grow_ballots(target):
    """The 2021 vote built again with enough voters for about `target` ballots,
    then certified and its results published, as the demo does."""
    from home.demo.state import Demo
    from home.models import HomePage
    from participation.models import CountedBallot
    from participation.votes import demo

    if CountedBallot.objects.count() >= target * 0.9:
        return
    demo.VOTERS = target // 4  # four themes of five on average
    home = HomePage.objects.filter(locale__language_code="fr").first()
    demo.build(Demo(home=home))


def pages():
    """{page type: French URL} of the demo site."""
    from django.urls import reverse
    from django.utils import translation

    from climate_plan.models import (
        ActionPage,
        ClimatePlanPage,
        CommitteePage,
        ConferencePage,
        ExhibitionPage,
        ExhibitPanelPage,
        ObjectivePage,
        ThemePage,
    )
    from home.models import ContentPage, HomePage
    from legal.models import AccessibilityStatementPage, LegalNoticePage
    from participation.models import EventIndexPage, EventPage, Proposal

    def fr(model, **filters):
        return model.objects.live().filter(locale__language_code="fr", **filters)

    with translation.override("fr"):
        proposal = Proposal.objects.filter(
            published_at__isnull=False, status__is_public=True
        ).order_by("pk")[0]
        return {
            "home": fr(HomePage).first().url,
            "plan": fr(ClimatePlanPage).first().url,
            "theme": fr(ThemePage).order_by("path").first().url,
            "objective": fr(ObjectivePage).order_by("path").first().url,
            "action": fr(ActionPage).order_by("path").first().url,
            "committee": fr(CommitteePage).order_by("path").first().url,
            "exhibition": fr(ExhibitionPage).first().url,
            "exhibit panel": fr(ExhibitPanelPage).order_by("path").first().url,
            "proposal list": reverse("participation:proposal_index"),
            "proposal": proposal.get_absolute_url(),
            "page with comments": fr(ContentPage, slug="parlons-en").first().url,
            "conference (results)": fr(ConferencePage, edition_year=2021).first().url,
            "event list": fr(EventIndexPage).first().url,
            "event": fr(EventPage).order_by("path").first().url,
            "legal notice": fr(LegalNoticePage).first().url,
            "accessibility": fr(AccessibilityStatementPage).first().url,
            "search": reverse("site_search:search") + "?q=climat",
        }


def in_process(urls, seconds):
    """{page type: (queries anonymous, queries signed in, p50 ms, p90 ms)}."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from participation.models import Comment

    resident = User.objects.get(pk=Comment.objects.order_by("pk")[0].author_id)
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(resident)
    report = {}
    with override_settings(AGIR_PAGE_CACHE=False):
        for name, url in urls.items():
            counts = []
            for client in (anonymous, signed_in):
                client.get(url)  # warm the chrome's and the site's caches
                with CaptureQueriesContext(connection) as captured:
                    status = client.get(url).status_code
                assert status == 200, (name, url, status)
                counts.append(len(captured))
            times, until = [], time.perf_counter() + seconds
            while time.perf_counter() < until or len(times) < 5:
                start = time.perf_counter()
                anonymous.get(url)
                times.append(1000 * (time.perf_counter() - start))
            deciles = statistics.quantiles(times, n=10)
            report[name] = (*counts, statistics.median(times), deciles[-1])
    return report


async def get(port, request):
    """One request on its own connection: (status, served from the page cache)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        response = await reader.read()  # to the end: the server closes
    finally:
        writer.close()
    head = response[: response.find(b"\r\n\r\n")]
    status = int(response[9:12]) if response.startswith(b"HTTP/1.") else 0
    return status, b"x-page-cache: hit" in head.lower()


def load(port, url, clients, seconds):
    """`clients` clients requesting `url` for `seconds`: the report's numbers."""
    request = (
        f"GET {url} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: fr\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    results = []

    async def client(until):
        while time.perf_counter() < until:
            start = time.perf_counter()
            status, hit = await get(port, request)
            results.append((time.perf_counter() - start, status, hit))

    async def everyone():
        await get(port, request)  # fills the page cache when it is on
        until = time.perf_counter() + seconds
        await asyncio.gather(*(client(until) for _ in range(clients)))

    started = time.perf_counter()
    asyncio.run(everyone())
    elapsed = time.perf_counter() - started
    latencies = [t for t, _s, _h in results]
    return {
        "requests/s": len(results) / elapsed,
        "p50": 1000 * statistics.median(latencies),
        "p95": 1000 * statistics.quantiles(latencies, n=20)[-1],
        "ok": sum(s == 200 for _t, s, _h in results) / len(results),
        "hits": sum(h for _t, _s, h in results) / len(results),
    }


def wait_for(port):
    """Until gunicorn answers, then once more per worker (they import lazily)."""
    request = b"GET /health/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    for _ in range(60):
        try:
            asyncio.run(get(port, request))
            break
        except OSError:
            time.sleep(0.5)

    async def warm():
        await asyncio.gather(*(get(port, request) for _ in range(12)))

    asyncio.run(warm())


def over_http(urls, page_cache, args):
    """{name: load()} for `/health/` and each page, gunicorn with or without the cache."""
    server = start_gunicorn(
        args.port,
        args.workers,
        **ENV,
        AGIR_PAGE_CACHE="true" if page_cache else "false",
    )
    try:
        wait_for(args.port)
        report = {
            "/health/ (bare view)": load(
                args.port, "/health/", args.clients, args.seconds
            )
        }
        for name, url in urls.items():
            report[name] = load(args.port, url, args.clients, args.seconds)
        return report
    finally:
        server.terminate()
        server.wait()


def table(urls, rendered, cached, uncached):
    head = (
        "| page | queries anon / signed in | render p50 / p90 ms "
        "| cached req/s | p50 / p95 ms | uncached req/s | p50 / p95 ms |"
    )
    lines = [head, "|" + "---|" * 7]
    for name in ["/health/ (bare view)", *urls]:
        row = [name]
        if name in rendered:
            anon, signed, p50, p90 = rendered[name]
            row += [f"{anon} / {signed}", f"{p50:.0f} / {p90:.0f}"]
        else:
            row += ["", ""]
        for run in (cached, uncached):
            r = run[name]
            flags = "" if r["ok"] == 1 else f" ({r['ok']:.0%} ok)"
            if run is cached and name in rendered and r["hits"] < 1:
                flags += f" ({r['hits']:.0%} hits)"
            row += [f"{r['requests/s']:.0f}{flags}", f"{r['p50']:.0f} / {r['p95']:.0f}"]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="times the demo's data")
    parser.add_argument("--seconds", type=float, default=3, help="per page and run")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=8017)
    args = parser.parse_args()
    os.environ.update(ENV)
    import django

    django.setup()
    from participation.models import Comment, CountedBallot, Proposal

    started = time.perf_counter()
    build(args.scale)
    sys.stdout.write(
        f"data: {Proposal.objects.filter(published_at__isnull=False).count()} "
        f"published proposals, {Comment.objects.count()} comments, "
        f"{CountedBallot.objects.count()} counted ballots (built in "
        f"{time.perf_counter() - started:.0f} s); load {os.getloadavg()}\n"
    )
    urls = pages()
    rendered = in_process(urls, args.seconds)
    from django.db import connections

    connections.close_all()
    cached = over_http(urls, True, args)
    uncached = over_http(urls, False, args)
    sys.stdout.write(table(urls, rendered, cached, uncached) + "\n")
    sys.stdout.write(f"load average at the end: {os.getloadavg()}\n")


if __name__ == "__main__":
    main()
