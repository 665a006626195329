"""Benchmark: grouping suggestions on the 565 demo proposals, measured
against the demo's own grouping.

Run by hand (not part of the test suite), on a PostgreSQL database that
holds the demo or on an empty one (it is migrated and the demo loaded):

    createdb -h 127.0.0.1 -U postgres agir_grouping_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/agir_grouping_bench \\
        .venv/bin/python bench/grouping.py

It clusters the 2021 call's proposals with `participation.grouping.clustering`
(the code the admin's "Suggest groupings" runs), once with the number of
clusters chosen by silhouette and once with as many clusters as the demo has
objectives, and prints, for each, the seconds taken and the purity and
adjusted Rand index (ARI) of the clusters against the demo's objectives (the
proposals linked to exactly one) and against the themes (all proposals).
The demo links each grouped proposal to an objective drawn at random among
its theme's, and writes texts per theme, so no clustering can tell a theme's
objectives apart: the themes taken as clusters are printed as the ceiling.

Purity: the share of proposals that are in their cluster's majority group
(1 is perfect; many small clusters inflate it). ARI: agreement of two
partitions corrected for chance (1 identical, 0 no better than random).

Measured on 2026-12-02 on the 2-core development machine, shared with other
work: see the README, "Grouping help".
"""

import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "climate_site.settings.dev")


def purity(clusters, truth):
    """Share of items in their cluster's majority true group; items without a
    true group (None) are left out."""
    by_cluster = defaultdict(Counter)
    for found, expected in zip(clusters, truth, strict=True):
        if expected is not None:
            by_cluster[found][expected] += 1
    total = sum(sum(counts.values()) for counts in by_cluster.values())
    majority = sum(counts.most_common(1)[0][1] for counts in by_cluster.values())
    return majority / total if total else 0.0


def scores(labels, truth):
    from sklearn.metrics import adjusted_rand_score

    kept = [(f, e) for f, e in zip(labels, truth, strict=True) if e is not None]
    found, expected = zip(*kept, strict=True)
    return purity(found, expected), adjusted_rand_score(expected, found), len(kept)


def demo_proposals():
    from django.core.management import call_command

    from participation.grouping.services import candidate_proposals
    from participation.models import ProposalCall
    from participation.proposals.demo import CALL_TITLE

    call = ProposalCall.objects.filter(title=CALL_TITLE).first()
    if call is None:
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)
        call = ProposalCall.objects.get(title=CALL_TITLE)
    proposals = list(
        call.proposals.order_by("reference").prefetch_related("objectives")
    )
    return proposals, candidate_proposals(call, include_grouped=True)


def main():
    import django

    django.setup()
    from participation.grouping.clustering import cluster
    from participation.grouping.services import proposal_text

    proposals, candidates = demo_proposals()
    objective = {}
    for proposal in proposals:
        linked = [o.pk for o in proposal.objectives.all()]
        objective[proposal.pk] = linked[0] if len(linked) == 1 else None
    candidates = list(candidates)
    texts = [proposal_text(p) for p in candidates]
    by_objective = [objective.get(p.pk) for p in candidates]
    by_theme = [p.theme_id for p in candidates]
    objectives = len({o for o in by_objective if o is not None})
    themes = len(set(by_theme))
    print(  # noqa: T201
        f"{len(proposals)} proposals in the call, {len(texts)} clustered; "
        f"{objectives} objectives in {themes} themes"
    )
    # The demo picks each grouped proposal's objective at random among its
    # theme's, from texts written per theme: the themes themselves, taken as
    # clusters, are as close to its objectives as any clustering can get.
    p_obj, ari_obj, _n = scores(by_theme, by_objective)
    print(  # noqa: T201
        f"reference, the themes as clusters: objectives purity {p_obj:.2f}, "
        f"ARI {ari_obj:.2f}"
    )
    runs = [
        ("silhouette", None),
        ("k = objectives", objectives),
        ("k = themes", themes),
    ]
    for name, k in runs:
        start = time.perf_counter()
        result = cluster(texts, k=k)
        seconds = time.perf_counter() - start
        labels = [0] * len(texts)
        for number, found in enumerate(result.clusters):
            for index in found.members:
                labels[index] = number
        p_obj, ari_obj, n_obj = scores(labels, by_objective)
        p_theme, ari_theme, _n = scores(labels, by_theme)
        print(  # noqa: T201
            f"{name}: k={result.k}, {seconds:.2f} s; "
            f"objectives ({n_obj} proposals): purity {p_obj:.2f}, ARI {ari_obj:.2f}; "
            f"themes: purity {p_theme:.2f}, ARI {ari_theme:.2f}"
        )


if __name__ == "__main__":
    main()
