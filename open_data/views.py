"""The open data's addresses: the API's root, each set's JSON listing and CSV
download, and the documentation page. Read-only and anonymous (see
open_data.middleware); the page cache keeps the answers until the next write.
"""

from django.conf import settings
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from home import spreadsheets
from open_data.datasets import BY_SLUG, DATASETS

MAX_OFFSET = 10**9
WAGTAIL_ENDPOINTS = ("pages", "images", "documents")


class Pagination(LimitOffsetPagination):
    """`?limit=` (50 by default, 500 at most) and `?offset=`; the answer gives
    the total `count` and the `next` and `previous` addresses."""

    default_limit = 50
    max_limit = 500

    def get_offset(self, request):
        return min(super().get_offset(request), MAX_OFFSET)


def licence():
    name, url = getattr(
        settings,
        "AGIR_OPEN_DATA_LICENCE",
        (
            "Licence Ouverte / Open Licence 2.0 (Etalab)",
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        ),
    )
    return {"name": name, "url": url}


class DatasetView(APIView):
    authentication_classes = []
    permission_classes = []
    renderer_classes = [JSONRenderer]
    dataset = None

    def get(self, request, slug):
        dataset = BY_SLUG.get(slug)
        if dataset is None:
            raise Http404
        paginator = Pagination()
        items = paginator.paginate_queryset(dataset.queryset(), request, view=self)
        return paginator.get_paginated_response(dataset.rows(items, request))


def dataset_csv(request, slug):
    dataset = BY_SLUG.get(slug)
    if dataset is None:
        return not_found(request)
    return spreadsheets.csv_response(
        dataset.table(request), f"{dataset.slug}-{get_language()}.csv"
    )


def endpoints(request):
    """Each set and Wagtail endpoint with its addresses, for the root and the docs."""
    absolute = request.build_absolute_uri
    sets = [
        {
            "name": dataset.slug,
            "title": str(dataset.title),
            "description": str(dataset.description),
            "url": absolute(reverse("open_data:dataset", args=[dataset.slug])),
            "csv": absolute(reverse("open_data:dataset_csv", args=[dataset.slug])),
            "fields": [
                {"name": field.name, "description": str(field.help)}
                for field in dataset.fields
            ],
        }
        for dataset in DATASETS
    ]
    wagtail = [
        {"name": name, "url": absolute(reverse(f"wagtailapi:{name}:listing"))}
        for name in WAGTAIL_ENDPOINTS
    ]
    return sets, wagtail


def api_root(request):
    sets, wagtail = endpoints(request)
    return JsonResponse(
        {
            "documentation": request.build_absolute_uri(
                reverse("open_data_docs:documentation")
            ),
            "licence": licence(),
            "languages": [code for code, _name in settings.LANGUAGES],
            "datasets": sets,
            "wagtail": wagtail,
        },
        json_dumps_params={"ensure_ascii": False},
    )


def not_found(request, rest=""):
    return JsonResponse({"detail": _("No open data at this address.")}, status=404)


def documentation(request):
    sets, wagtail = endpoints(request)
    return TemplateResponse(
        request,
        "open_data/documentation.html",
        {
            "datasets": sets,
            "wagtail": wagtail,
            "licence": licence(),
            "root": request.build_absolute_uri(reverse("open_data:root")),
            "rate_limit": getattr(settings, "AGIR_API_RATE_LIMIT", 120),
            "languages": settings.LANGUAGES,
        },
    )
