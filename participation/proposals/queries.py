"""Reads of proposals shared by the views, the blocks and the site search:
the public list in a chosen order, its filters, its search, and what a row shows.

Searches go through Wagtail's search backend, which keeps the queryset's
filters and order; so every filter and ordering used here is on a field that
`Proposal.search_fields` declares as a FilterField, and orderings on
annotations are written as expressions.
"""

import random
import re

from django.db.models import F
from django.db.models.functions import Mod

from home.translations import localized_pages
from participation.models import Proposal, TaggedProposal

RANDOM_MODULUS = 1_000_003  # a prime: (pk × a + seed) mod p shuffles evenly
MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
REFERENCE = re.compile(r"P-\d{4}-\d+", re.IGNORECASE)
WORD = re.compile(r"\w+")
SENT = "sent"  # the query parameter naming the proposal a resident just sent


def listed_proposals(*, call=None, sort="newest", seed=None):
    """Public proposals in the requested order, ready for a list (constant queries)."""
    proposals = Proposal.objects.public().for_listing()
    if call is not None:
        proposals = proposals.filter(call=call)
    if sort == "supported":
        return proposals.order_by("-support_count", "-submitted_at", "-id")
    if sort == "random":
        shuffle = Mod(F("id") * 7919 + (seed or 0), RANDOM_MODULUS)
        return proposals.order_by(shuffle.asc(), "id")
    return proposals.order_by("-submitted_at", "-id")


def just_sent(request, call):
    """The proposal named in the address as just sent, if this resident sent it
    to this call; the form block shows it in place of the form."""
    reference = request.GET.get(SENT, "") if request is not None else ""
    user = getattr(request, "user", None)
    if not reference or call is None or not getattr(user, "is_authenticated", False):
        return None
    return (
        Proposal.objects.select_related("status")
        .prefetch_related("status__labels")
        .filter(reference=reference.upper()[:20], author=user, call=call)
        .first()
    )


def decorate(proposals):
    """Attach what list rows show in the visitor's language, without more queries."""
    themes = localized_pages({p.theme for p in proposals if p.theme})
    for proposal in proposals:
        proposal.theme_localized = themes.get(proposal.theme_id)
        proposal.status_label = proposal.status.label_in()
    return proposals


def filtered(form):
    """Apply the index's filters and search to the public proposals."""
    data = form.cleaned_data if form.is_valid() else {}
    sort = data.get("sort") or "newest"
    seed = data.get("seed")
    if sort == "random" and seed is None:
        seed = random.randrange(RANDOM_MODULUS)
    proposals = listed_proposals(sort=sort, seed=seed)
    if data.get("theme"):
        proposals = proposals.filter(theme=data["theme"])
    if data.get("status"):
        proposals = proposals.filter(status=data["status"])
    if data.get("channel"):
        proposals = proposals.filter(channel=data["channel"])
    if data.get("neighbourhood"):
        proposals = proposals.filter(neighbourhood=data["neighbourhood"])
    # Many-to-many filters as id subqueries: no duplicate rows, and the
    # search backend only sees a filter on `id`.
    if data.get("tag"):
        tagged = TaggedProposal.objects.filter(tag__name=data["tag"].strip().lower())
        proposals = proposals.filter(id__in=tagged.values("content_object_id"))
    if data.get("objective"):
        linked = Proposal.objects.filter(objectives=data["objective"])
        proposals = proposals.filter(id__in=linked.values("id"))
    if data.get("q"):
        proposals = search(proposals, data["q"])
    return proposals, sort, seed


def search(proposals, query):
    """`proposals`, in their order, narrowed to those matching `query`.

    A reference ("P-2021-0042") finds its proposal. Otherwise every word of
    the query must be in the title, the text or a tag, in French without
    accents ("velo" finds "vélo"), as the search backend matches them.
    Returns Wagtail search results (sliceable, with `count()`), or a queryset
    for a reference or a query without words.
    """
    query = query.strip()[:MAX_QUERY_LENGTH]
    if REFERENCE.fullmatch(query):
        return proposals.filter(reference=query.upper())
    # Only words reach the backend: punctuation means nothing to it, and a
    # stray quote is a syntax error to SQLite's full-text engine.
    words = WORD.findall(query)[:MAX_WORDS]
    if not words:
        return proposals.none()
    return proposals.search(" ".join(words), operator="and", order_by_relevance=False)
