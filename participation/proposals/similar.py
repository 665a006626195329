"""Proposals like a text being written: the residents' "has this been
proposed already?" and the moderators' likely duplicates.

Two steps. The database picks a bounded set of candidates: on PostgreSQL by
trigram similarity of the titles and full-text matching of the meaningful
words, both without accents (`unaccent`, `pg_trgm`); on SQLite (the demo
server) simply the latest proposals. Then one Python score ranks them the same
way on both: trigram similarity of the titles' words, overlap of the texts'
words and trigram similarity of those words, all through `text.words` (folded,
plural-reduced, common subjects mapped across French, English and Spanish),
so "velo" finds "vélo", word order does not matter and a typo costs little.
Proposals written in another language are compared through their machine
translations into the writer's language when the cache has them.
Deterministic: equal scores fall back to the most supported, then the reference.
"""

import math
from dataclasses import dataclass

from django.db import connection
from django.db.models import F, Q
from django.db.models.functions import Lower

from participation.models import Proposal, ProposalStatus
from participation.proposals.text import fold, words

LIMIT = 5
# Below this score two proposals have a word or two in common, not a subject.
MIN_SCORE = 0.2
# Candidates read from the database before scoring.
CANDIDATES = 60
SQLITE_CANDIDATES = 1000
# Proposals in other languages compared through their cached translations.
CROSS_LANGUAGE_CANDIDATES = 300
# Meaningful words of the typed text sent to the full-text query.
MAX_TERMS = 30
# What is typed is cut before being compared (the form allows 3,000 characters).
MAX_INPUT = 3200
MIN_WORDS = 1


@dataclass(frozen=True)
class Typed:
    """What is compared: the title's words and the whole text's words."""

    title: list
    body: set

    @classmethod
    def of(cls, title, text):
        title, text = (title or "")[:MAX_INPUT], (text or "")[:MAX_INPUT]
        return cls(words(title), set(words(f"{title} {text}")))

    def is_empty(self):
        return len(self.body) < MIN_WORDS


def trigrams(text):
    """pg_trgm's trigrams of a text: each word padded by two spaces before
    and one after."""
    grams = set()
    for word in text.split():
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def trigram_similarity(left, right):
    a, b = trigrams(left), trigrams(right)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def score(typed, other):
    """How alike two proposals are, from 0 (nothing shared) to 1."""
    title = trigram_similarity(" ".join(typed.title), " ".join(other.title))
    if not typed.body or not other.body:
        return round(title, 4)
    shared = len(typed.body & other.body) / math.sqrt(len(typed.body) * len(other.body))
    spelled = trigram_similarity(" ".join(sorted(typed.body)), " ".join(other.body))
    return round(0.5 * title + 0.3 * shared + 0.2 * spelled, 4)


def _postgres_candidates(proposals, title, typed):
    from django.contrib.postgres.lookups import Unaccent
    from django.contrib.postgres.search import (
        SearchQuery,
        SearchRank,
        SearchVector,
        TrigramSimilarity,
    )

    folded_title = fold(title)[:MAX_INPUT]
    annotated = proposals.annotate(
        title_similarity=TrigramSimilarity(Unaccent(Lower("title")), folded_title)
    )
    near = Q(title_similarity__gt=0.1)
    terms = sorted(typed.body)[:MAX_TERMS]
    closeness = F("title_similarity")
    if terms:
        # Prefixes: the words are plural-reduced, "velo:*" finds "vélos".
        query = SearchQuery(
            " | ".join(f"{term}:*" for term in terms),
            search_type="raw",
            config="simple",
        )
        vector = SearchVector(
            Unaccent("title"), Unaccent("text"), config="simple", weight="A"
        )
        annotated = annotated.annotate(rank=SearchRank(vector, query))
        near |= Q(rank__gt=0)
        closeness = closeness + F("rank")
    return annotated.filter(near).order_by(closeness.desc(), "pk")[:CANDIDATES]


def _has_translations_into(language):
    from machine_translation.models import MachineTranslation

    return MachineTranslation.objects.filter(target_language=language).exists()


def _translated(candidates, language):
    """{proposal pk: (title, text)} in `language`, from the machine
    translations already cached (none are asked for here)."""
    from machine_translation.models import MachineTranslation, text_hash

    wanted = {}
    for candidate in candidates:
        if candidate.language != language:
            for part in (candidate.title, candidate.text):
                wanted[(text_hash(part), candidate.language)] = part
    if not wanted:
        return {}
    rows = MachineTranslation.objects.filter(
        target_language=language, source_hash__in={h for h, _l in wanted}
    ).values_list("source_hash", "source_language", "text")
    found = {(h, source): text for h, source, text in rows if (h, source) in wanted}
    translated = {}
    for candidate in candidates:
        title = found.get((text_hash(candidate.title), candidate.language))
        text = found.get((text_hash(candidate.text), candidate.language))
        if title or text:
            translated[candidate.pk] = (
                title or candidate.title,
                text or candidate.text,
            )
    return translated


def similar_to(
    title, text, proposals, *, language=None, limit=LIMIT, min_score=MIN_SCORE
):
    """Up to `limit` of `proposals` most like `title` and `text`, best first,
    each with its `similarity` (0 to 1).

    With `language` (the one being written in), proposals in other languages
    are also compared through their cached machine translations into it.
    """
    # NUL cannot reach PostgreSQL; whatever else is typed is only compared.
    title = (title or "").replace("\x00", "")[:MAX_INPUT]
    text = (text or "").replace("\x00", "")[:MAX_INPUT]
    typed = Typed.of(title, text)
    if typed.is_empty() and not typed.title:
        return []
    proposals = proposals.only(
        "pk", "reference", "title", "text", "support_count", "status", "language"
    )
    if connection.vendor == "postgresql":
        candidates = list(_postgres_candidates(proposals, title, typed))
    else:
        candidates = list(
            proposals.order_by("-submitted_at", "-pk")[:SQLITE_CANDIDATES]
        )
    translated = {}
    if language and _has_translations_into(language):
        seen = {candidate.pk for candidate in candidates}
        elsewhere = proposals.exclude(language=language).exclude(pk__in=seen)
        candidates += list(
            elsewhere.order_by("-submitted_at", "-pk")[:CROSS_LANGUAGE_CANDIDATES]
        )
        translated = _translated(candidates, language)
    ranked = []
    for candidate in candidates:
        candidate.similarity = score(typed, Typed.of(candidate.title, candidate.text))
        if candidate.pk in translated:
            candidate.similarity = max(
                candidate.similarity,
                score(typed, Typed.of(*translated[candidate.pk])),
            )
        if candidate.similarity >= min_score:
            ranked.append(candidate)
    ranked.sort(key=lambda p: (-p.similarity, -p.support_count, p.reference))
    return ranked[:limit]


def similar_published(title, text, *, language=None, limit=LIMIT):
    """What a resident sees while writing: public proposals only."""
    return similar_to(
        title, text, Proposal.objects.public(), language=language, limit=limit
    )


def likely_duplicates(proposal, *, limit=3):
    """What a moderator sees beside a proposal: the other proposals it may
    repeat, published or awaiting moderation, never merged or rejected ones."""
    others = (
        Proposal.objects.filter(merged_into__isnull=True, hidden_at__isnull=True)
        .exclude(status__code=ProposalStatus.REJECTED)
        .exclude(pk=proposal.pk)
        .select_related("status")
        .prefetch_related("status__labels")
    )
    return similar_to(
        proposal.title, proposal.text, others, language=proposal.language, limit=limit
    )
