"""What residents can take part in now: open calls, open votes, the next event.

The home page's hero and the header's quick actions read this list; each
feature contributes its own openings through the functions named in
`AGIR_OPEN_NOW`, so `home` imports no feature.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from wagtail.models import Locale, Page, ReferenceIndex


@dataclass(frozen=True)
class Opening:
    """One thing open now: `kind` is "propose", "vote" or "event"; `label`
    names it ("Citizen vote"), `action` is its button; lower `rank` leads."""

    kind: str
    label: str
    title: str
    url: str
    action: str
    rank: int = 50
    text: str = ""
    until: datetime | None = None
    starts: datetime | None = None
    image: object = None


CACHE_SECONDS = 60  # a call or vote opens or closes on the site within a minute


def openings(now=None):
    """Every opening in the reader's language, the leading one first.

    Every page's header shows them: they are kept for a minute, per language.
    """
    if now is not None:
        return find_openings(now)
    key = f"agir:openings:{translation.get_language()}"
    found = cache.get(key)
    if found is None:
        found = find_openings(timezone.now())
        cache.set(key, found, CACHE_SECONDS)
    return found


def find_openings(now):
    found = []
    for path in settings.AGIR_OPEN_NOW:
        found += import_string(path)(now)
    found.sort(key=lambda opening: opening.rank)  # stable: settings order on ties
    return found


def first_of_kind(items, kind):
    return next((item for item in items if item.kind == kind), None)


def blocks_holding(obj, block_type, field):
    """(page, block) for each block of `block_type` whose `field` is `obj`, in the
    live public pages of the reader's language, found through Wagtail's
    reference index (so without reading every page's body)."""
    page_ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            model_path=f"body.{block_type}.{field}",
        )
        .values_list("object_id", flat=True)
    )
    pages = (
        Page.objects.live()
        .public()
        .filter(pk__in=[int(pk) for pk in page_ids], locale=Locale.get_active())
        .order_by("path")
        .specific()
    )
    for page in pages:
        for block in getattr(page, "body", None) or []:
            if block.block_type == block_type and block.value.get(field) == obj:
                yield page, block
