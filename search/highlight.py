"""Search terms marked in result titles, whatever their accents or case.

The text is escaped piece by piece, so a title can never inject markup.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_TERMS = 10
MIN_TERM_LENGTH = 2


def fold(text):
    """Lowercase without accents, one character for one (so positions match)."""
    folded = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[:1].lower()
        folded.append(base if len(base) == 1 else char)
    return "".join(folded)


def query_terms(query):
    words = re.findall(r"\w+", fold(query))
    terms = sorted(
        {w for w in words if len(w) >= MIN_TERM_LENGTH}, key=len, reverse=True
    )
    return terms[:MAX_TERMS]


def highlight(text, query):
    """`text` escaped, with each occurrence of a query term in <mark>."""
    terms = query_terms(query)
    if not terms or not text:
        return escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in terms))
    folded = fold(text)
    pieces, position = [], 0
    for match in pattern.finditer(folded):
        start, end = match.span()
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # every piece above is escaped
