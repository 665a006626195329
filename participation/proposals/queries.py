"""Reads of proposals shared by the views, the blocks and the site search:
the public list in a chosen order, its filters, and what a row shows."""

import random

from django.db.models import F, Q
from django.db.models.functions import Mod

from home.translations import localized_pages
from participation.models import Proposal

RANDOM_MODULUS = 1_000_003  # a prime: (pk × a + seed) mod p shuffles evenly


def listed_proposals(*, call=None, sort="newest", seed=None):
    """Public proposals in the requested order, ready for a list (constant queries)."""
    proposals = Proposal.objects.public().for_listing()
    if call is not None:
        proposals = proposals.filter(call=call)
    if sort == "supported":
        return proposals.order_by("-support_count", "-submitted_at", "-pk")
    if sort == "random":
        return proposals.annotate(
            shuffle=Mod(F("pk") * 7919 + (seed or 0), RANDOM_MODULUS)
        ).order_by("shuffle", "pk")
    return proposals.order_by("-submitted_at", "-pk")


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
    if data.get("tag"):
        proposals = proposals.filter(tags__name=data["tag"].strip().lower())
    if data.get("objective"):
        proposals = proposals.filter(objectives=data["objective"])
    if data.get("q"):
        proposals = proposals.filter(matches(data["q"]))
    return proposals.distinct(), sort, seed


def matches(query):
    """Every word of the query in the title, the text, the reference or a tag."""
    condition = Q()
    for word in query.split()[:10]:
        condition &= (
            Q(title__icontains=word)
            | Q(text__icontains=word)
            | Q(reference__iexact=word)
            | Q(tags__name__iexact=word.lower())
        )
    return condition
