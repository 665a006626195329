"""An extractive summary of an objective's proposals: the sentences residents
wrote that best represent the whole, each with the proposals it comes from.

Every sentence of every public proposal is a document; its words are
`participation.proposals.text.words` (accents folded, plurals reduced, common
subjects the same word in French, English and Spanish). A sentence's weight
is TF-IDF: a word every sentence uses says little. A sentence's centrality is
the cosine between its vector and the centroid of all sentences: the closer to
what most proposals say, the more representative. Sentences are picked by
centrality, skipping any too close to one already picked, so the summary
covers several points rather than one point several times. A sentence cites
the proposals in which the same sentence, or a very close one, appears.

Pure and deterministic: same proposals, same summary (ties by reference and
position). Small enough to write by hand: no dependency.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from participation.proposals.text import fold, words

SENTENCES = 4
MIN_WORDS = 4  # meaningful words; shorter sentences say too little alone
MAX_CHARS = 400
TOO_CLOSE = 0.5  # cosine above which a sentence repeats one already picked
SAME_POINT = 0.6  # cosine above which another proposal makes the same point
MAX_CITED = 5
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass
class Candidate:
    text: str
    language: str
    proposal: object
    position: int
    terms: Counter
    vector: dict = field(default_factory=dict)
    cited: list = field(default_factory=list)


@dataclass(frozen=True)
class DraftSentence:
    text: str
    language: str
    proposals: list  # the proposals it comes from, most supported first


def split_sentences(text):
    """The sentences of a text, trimmed; line breaks end a sentence too."""
    return [part.strip() for part in SENTENCE_END.split(text or "") if part.strip()]


def _candidates(proposals):
    seen = {}
    found = []
    for proposal in proposals:
        for position, sentence in enumerate(split_sentences(proposal.text)):
            terms = Counter(words(sentence))
            if sum(terms.values()) < MIN_WORDS or len(sentence) > MAX_CHARS:
                continue
            key = " ".join(fold(sentence).split())
            if key in seen:  # the same sentence in another proposal
                seen[key].cited.append(proposal)
                continue
            candidate = Candidate(
                sentence, proposal.language, proposal, position, terms
            )
            candidate.cited.append(proposal)
            seen[key] = candidate
            found.append(candidate)
    return found


def _weigh(candidates):
    """TF-IDF vectors, L2-normalised. Repeated sentences count once per
    proposal that wrote them, so a point many residents made weighs more."""
    documents = [(c, len(c.cited)) for c in candidates]
    total = sum(times for _c, times in documents)
    frequency = Counter()
    for candidate, times in documents:
        for term in candidate.terms:
            frequency[term] += times
    for candidate in candidates:
        vector = {
            term: (1 + math.log(count))
            * (math.log((1 + total) / (1 + frequency[term])) + 1)
            for term, count in candidate.terms.items()
        }
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        candidate.vector = {term: value / norm for term, value in vector.items()}


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(term, 0.0) for term, value in a.items())


def draft(proposals, *, sentences=SENTENCES):
    """The summary of `proposals` (public proposals of one objective): up to
    `sentences` DraftSentence, most representative first."""
    proposals = sorted(proposals, key=lambda p: p.reference)
    candidates = _candidates(proposals)
    if not candidates:
        return []
    _weigh(candidates)
    centroid = Counter()
    for candidate in candidates:
        for term, value in candidate.vector.items():
            centroid[term] += value * len(candidate.cited)
    ranked = sorted(
        candidates,
        key=lambda c: (
            -round(cosine(c.vector, centroid), 9),
            c.proposal.reference,
            c.position,
        ),
    )
    picked = []
    for candidate in ranked:
        if len(picked) == sentences:
            break
        if any(cosine(candidate.vector, other.vector) > TOO_CLOSE for other in picked):
            continue
        picked.append(candidate)
    result = []
    for chosen in picked:
        cited = {p.pk: p for p in chosen.cited}
        for other in candidates:
            if (
                other is not chosen
                and cosine(chosen.vector, other.vector) >= SAME_POINT
            ):
                cited.update((p.pk, p) for p in other.cited)
        others = sorted(
            (p for p in cited.values() if p.pk != chosen.proposal.pk),
            key=lambda p: (-p.support_count, p.reference),
        )
        ordered = [chosen.proposal, *others]
        result.append(DraftSentence(chosen.text, chosen.language, ordered[:MAX_CITED]))
    return result
