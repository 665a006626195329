from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over live pages in the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "page_obj": page_obj, "results": page_obj.object_list},
    )
