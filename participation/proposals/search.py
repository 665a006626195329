"""Proposals in the site search (registered in this feature's `wagtail_hooks`).

`published_proposals_search(query, language)` returns the public proposals
whose title, text, reference or keyword matches every word of the query,
most supported first, the visitor's language before the others (the pool is
shared by every language, so nothing is filtered out by language). The
site search lists them beside pages; each has `title`, `text`, `reference`
and `get_absolute_url()`.
"""

from django.db.models import Case, IntegerField, Value, When
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from participation.models import Proposal
from participation.proposals.queries import matches
from search.sources import SearchHit, SearchSource

MAX_QUERY_LENGTH = 200


def published_proposals_search(query, language=None):
    query = (query or "").strip()[:MAX_QUERY_LENGTH]
    if not query:
        return Proposal.objects.none()
    ids = Proposal.objects.public().filter(matches(query)).values("pk")
    return (
        Proposal.objects.filter(pk__in=ids)
        .select_related("status")
        .annotate(
            same_language=Case(
                When(language=language or "", then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("same_language", "-support_count", "-submitted_at")
    )


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
