"""What every legal page shares: an introduction, a date of last update, and a
place directly under the home page of each language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class LegalPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    last_updated = models.DateField(_("last updated"), null=True, blank=True)

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("last_updated"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("last_updated"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


def synchronized(*names):
    return [SynchronizedField(name) for name in names]


def translatable(*names):
    return [TranslatableField(name) for name in names]
