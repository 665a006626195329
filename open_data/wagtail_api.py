"""Wagtail's API (v2): pages, images and documents, read anonymously.

Wagtail's endpoints as they are, with three changes: JSON only (the browsable
HTML view would carry a form token and inline scripts), no authentication of
any kind (a signed-in reader or a password must not reveal restricted pages,
and the page cache shares the answers), offsets PostgreSQL can take, and no page below an unpublished one.
Private pages, and images and documents in private collections, are left out
by Wagtail itself for an anonymous reader.
"""

from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

MAX_OFFSET = 10**9


class Pagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class Anonymous:
    authentication_classes = []
    permission_classes = []
    renderer_classes = [JSONRenderer]
    pagination_class = Pagination


class PagesAPI(Anonymous, PagesAPIViewSet):
    def get_base_queryset(self):
        # As the open data sets: not a page below an unpublished one either.
        # Written with paths, as Wagtail leaves out restricted pages, so that
        # its search (which takes only such filters) keeps working.
        queryset = super().get_base_queryset()
        for page in Page.objects.filter(live=False, numchild__gt=0):
            queryset = queryset.not_descendant_of(page, inclusive=True)
        return queryset


# `?locale=` chooses the language of every answer under /api/ (middleware).
class ImagesAPI(Anonymous, ImagesAPIViewSet):
    known_query_parameters = ImagesAPIViewSet.known_query_parameters | {"locale"}


class DocumentsAPI(Anonymous, DocumentsAPIViewSet):
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters | {"locale"}


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPI)
router.register_endpoint("images", ImagesAPI)
router.register_endpoint("documents", DocumentsAPI)
