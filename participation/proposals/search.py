"""Proposals in the site search (registered in this feature's `wagtail_hooks`).

`published_proposals_search(query, language)` returns the public proposals
that match the query (see `queries.search`: a reference, or every word in the
title, the text or a tag, accents ignored), most supported first, the
visitor's language before the others (the pool is shared by every language,
so nothing is filtered out by language). The site search lists them beside
pages; each has `title`, `text`, `reference` and `get_absolute_url()`.
"""

from django.db.models import Case, IntegerField, Value, When
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from participation.models import Proposal
from participation.proposals.queries import search
from search.sources import SearchHit, SearchSource


def published_proposals_search(query, language=None):
    query = (query or "").strip()
    if not query:
        return Proposal.objects.none()
    same_language_first = Case(
        When(language=language or "", then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    proposals = (
        Proposal.objects.public()
        .select_related("status")
        .order_by(same_language_first.asc(), "-support_count", "-submitted_at", "-id")
    )
    return search(proposals, query)


def proposals_source():
    """Proposals in the site search, after pages (`search.sources`)."""
    return SearchSource(
        name="proposals",
        label=_("Proposal"),
        search=lambda query, locale, request=None: published_proposals_search(
            query, getattr(locale, "language_code", locale)
        ),
        to_hit=lambda proposal: SearchHit(
            title=proposal.title,
            url=proposal.get_absolute_url(),
            summary=Truncator(proposal.text).chars(200),
        ),
    )
