"""Benchmark: a proposal import of 10,000 rows, read, checked and written.

Run by hand (not part of the test suite), on an empty PostgreSQL database:

    createdb -h 127.0.0.1 -U postgres agir_imports_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/agir_imports_bench \\
        .venv/bin/python bench/imports.py --rows 10000

It migrates the database, builds a plan of three themes, a call and an agent,
writes a CSV of `--rows` rows the way spreadsheets save them (`;`, quoted
fields with doubled quotes and line breaks, keywords, a BOM), then runs the
import through `participation.proposals.imports` — the code the admin's
background task and `manage.py import_proposals` run — and reports the
seconds spent reading, checking and writing, and that every row is there.

Measured on 2026-12-02 on the 2-core development machine, shared with other
work (load average about 3), PostgreSQL 15:

    --rows 10000 (1.7 MB): read 0.62 s, checked 4.78 s, written and
        committed 34.65 s; import total 40.05 s (250 rows/s); then the search
        index, a task after commit (the worker's), 231 s
    --rows 2000: import total 4.93 s (406 rows/s); search index 22 s

Before the bulk writes, each row went through the one-proposal service
(a reference, two saves, history, log and a search-index task per row):
2,000 rows took 181 s in one request.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "climate_site.settings.dev")


def csv_bytes(rows, themes):
    lines = ["title;text;theme;channel;date;language;tags;pseudonym;contact"]
    for n in range(rows):
        theme = themes[n % len(themes)].slug
        lines.append(
            f'"Idée n° {n} : un ""vrai"" titre";"Première ligne {n}\r\n'
            f'seconde ligne; avec un point-virgule";{theme};paper;2021-07-12;fr;'
            f'"vélo, école";Marie {n};06 12 34 56 78'
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    from accounts.roles import AGENTS
    from participation.models import Proposal
    from participation.proposals import imports
    from tests.factories.accounts import staff
    from tests.factories.plan import plan
    from tests.factories.proposals import ProposalCallFactory

    themes = plan(themes=3, objectives=1, actions=1)
    call = ProposalCallFactory(title=f"Bench {time.time():.0f}")
    agent = staff(AGENTS, email=f"bench-{time.time()}@example.org")
    data = csv_bytes(args.rows, themes)
    before = Proposal.objects.count()

    # The search index is updated by a task after commit (the worker's, in
    # production): timed apart.
    from participation.proposals import tasks

    index_task = tasks.index_proposals
    indexing = {}

    class TimedTask:
        def enqueue(self, *args, **kwargs):
            indexing["start"] = time.perf_counter()
            result = index_task.enqueue(*args, **kwargs)
            indexing["end"] = time.perf_counter()
            return result

    tasks.index_proposals = TimedTask()

    started = time.perf_counter()
    rows = imports.read_table(data, name="bench.csv")
    read = time.perf_counter()
    marks = {}
    report = imports.import_proposals(
        rows,
        call=call,
        agent=agent,
        checked=lambda n: marks.__setitem__("checked", time.perf_counter()),
    )
    done = time.perf_counter()
    assert report.ok, report.errors[:3]
    assert Proposal.objects.count() - before == args.rows
    sample = Proposal.objects.filter(call=call).order_by("reference").first()
    assert sample.title == 'Idée n° 0 : un "vrai" titre', sample.title
    checked = marks.get("checked", read)
    committed = indexing.get("start", done)
    index_seconds = indexing.get("end", done) - committed
    sys.stdout.write(
        f"{args.rows} rows ({len(data) / 1e6:.1f} MB): read {read - started:.2f} s, "
        f"checked {checked - read:.2f} s, written and committed "
        f"{committed - checked:.2f} s; import total {committed - started:.2f} s "
        f"({args.rows / (committed - started):.0f} rows/s); then search index "
        f"{index_seconds:.2f} s\n"
    )


if __name__ == "__main__":
    main()
