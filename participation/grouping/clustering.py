"""Proposals clustered into candidate objectives: TF-IDF, then k-means.

Pure: texts in, clusters out; no database. Words come from
`participation.proposals.text` (accents folded, French, English and Spanish
grammatical words dropped, plurals reduced). Deterministic: the same texts
and parameters always give the same clusters (fixed random state, inputs in
the order given).

The number of clusters is the staff's, or the one with the best cosine
silhouette over a range: a simple heuristic, good enough since every
suggestion is reviewed by a person and may be split or merged.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

from participation.proposals.text import surface_words, words

RANDOM_STATE = 2021
# The automatic choice tries 2 … MAX_CLUSTERS clusters (fewer for small sets:
# at least MIN_PER_CLUSTER texts per cluster on average).
MAX_CLUSTERS = 30
MIN_PER_CLUSTER = 3
# Latent dimensions the texts are reduced to before k-means (LSA): fewer,
# denser dimensions make clusters of synonyms' neighbours, and k-means faster.
COMPONENTS = 100
TERMS = 6


@dataclass
class Cluster:
    members: list  # indices into the texts given, ascending
    terms: list  # words that characterise it, most characteristic first


@dataclass
class Clustering:
    clusters: list
    k: int
    silhouette: float | None = None
    # k tried → silhouette, for the automatic choice
    scores: dict = field(default_factory=dict)


def candidate_counts(n):
    """The numbers of clusters the automatic choice tries for n texts."""
    top = min(MAX_CLUSTERS, n // MIN_PER_CLUSTER, n - 1)
    return list(range(2, top + 1))


def _vectorise(texts):
    vectoriser = TfidfVectorizer(
        analyzer=words,
        # A word in one text only says nothing about a group; tiny sets keep all.
        min_df=2 if len(texts) >= 20 else 1,
        max_df=0.5 if len(texts) >= 20 else 1.0,
        sublinear_tf=True,
    )
    try:
        matrix = vectoriser.fit_transform(texts)
    except ValueError:  # no word at all
        return None, []
    return matrix, list(vectoriser.get_feature_names_out())


def _reduce(matrix):
    components = min(COMPONENTS, matrix.shape[1] - 1, matrix.shape[0] - 1)
    if components < 2 or matrix.shape[1] <= COMPONENTS:
        return matrix
    svd = TruncatedSVD(n_components=components, random_state=RANDOM_STATE)
    return normalize(svd.fit_transform(matrix))


def _kmeans(points, k):
    model = KMeans(n_clusters=k, n_init=5, random_state=RANDOM_STATE)
    return model.fit_predict(points)


def _written_forms(texts):
    """stem → the way residents most often wrote it ("velo" → "vélos")."""
    seen = defaultdict(Counter)
    for text in texts:
        for stem, written in surface_words(text):
            seen[stem][written] += 1
    return {stem: forms.most_common(1)[0][0] for stem, forms in seen.items()}


def characteristic_terms(matrix, vocabulary, labels, forms, count=TERMS):
    """label → the words whose weight in the group is most above their
    weight over all texts (with one group: the heaviest words)."""
    overall = np.asarray(matrix.mean(axis=0)).ravel()
    groups = sorted(set(labels))
    labels = np.asarray(labels)
    terms = {}
    for label in groups:
        rows = matrix[np.flatnonzero(labels == label)]
        centroid = np.asarray(rows.mean(axis=0)).ravel()
        score = centroid - overall if len(groups) > 1 else centroid
        order = [i for i in np.argsort(-score, kind="stable") if centroid[i] > 0]
        terms[label] = [forms.get(vocabulary[i], vocabulary[i]) for i in order[:count]]
    return terms


def _clusters(matrix, vocabulary, labels, texts):
    forms = _written_forms(texts)
    terms = characteristic_terms(matrix, vocabulary, labels, forms)
    members = defaultdict(list)
    for index, label in enumerate(labels):
        members[label].append(index)
    ordered = sorted(members, key=lambda label: (-len(members[label]), members[label]))
    return [Cluster(members=members[label], terms=terms[label]) for label in ordered]


def cluster(texts, k=None, progress=None):
    """Cluster `texts` into `k` groups (chosen by silhouette when None).

    `progress(done, total)` is called after each number of clusters tried.
    Returns a `Clustering`; its clusters are largest first.
    """
    texts = list(texts)
    matrix, vocabulary = _vectorise(texts)
    if matrix is None or len(texts) < 2:
        return Clustering(
            clusters=[Cluster(members=list(range(len(texts))), terms=[])]
            if texts
            else [],
            k=1 if texts else 0,
        )
    points = _reduce(matrix)
    if k is not None:
        k = max(1, min(k, len(texts)))
        labels = _kmeans(points, k) if k > 1 else [0] * len(texts)
        if progress:
            progress(1, 1)
        return Clustering(clusters=_clusters(matrix, vocabulary, labels, texts), k=k)
    counts = candidate_counts(len(texts))
    if not counts:
        return cluster(texts, k=1, progress=progress)
    best, scores = None, {}
    for done, candidate in enumerate(counts, start=1):
        labels = _kmeans(points, candidate)
        if len(set(labels)) > 1:
            scores[candidate] = float(silhouette_score(points, labels, metric="cosine"))
            if best is None or scores[candidate] > best[1]:
                best = (candidate, scores[candidate], labels)
        if progress:
            progress(done, len(counts))
    if best is None:
        return cluster(texts, k=1)
    k, score, labels = best
    return Clustering(
        clusters=_clusters(matrix, vocabulary, labels, texts),
        k=k,
        silhouette=score,
        scores=scores,
    )


def terms_of_groups(texts_by_group):
    """Characteristic words of each group of texts, compared with each other
    (a suggestion split in two, say): a list of term lists, in order."""
    texts, labels = [], []
    for label, group in enumerate(texts_by_group):
        texts += list(group)
        labels += [label] * len(group)
    matrix, vocabulary = _vectorise(texts)
    if matrix is None:
        return [[] for _group in texts_by_group]
    terms = characteristic_terms(matrix, vocabulary, labels, _written_forms(texts))
    return [terms.get(label, []) for label in range(len(texts_by_group))]
