"""The site search's hook for proposals.

`published_proposals_search(query, language)` returns the public proposals
whose title, text, reference or keyword matches every word of the query,
most supported first, the visitor's language before the others (the pool is
shared by every language, so nothing is filtered out by language). The
site search lists them beside pages; each has `title`, `text`, `reference`
and `get_absolute_url()`.
"""

from django.db.models import Case, IntegerField, Value, When

from participation.models import Proposal
from participation.proposals.queries import matches

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


def register_search_source():
    """Add proposals to the site search when it takes pluggable sources
    (`search.sources`); without it the lead calls the function above."""
    try:
        from search.sources import SearchHit, SearchSource, register
    except ImportError:
        return False
    from django.utils.text import Truncator
    from django.utils.translation import gettext_lazy as _

    register(
        SearchSource(
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
    )
    return True
