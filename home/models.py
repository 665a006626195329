from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from climate_site.body import BodyStreamBlock
from home.blocks import INLINE_FEATURES
from home.routes import BlockRoutesMixin
from home.routing import DirectRoutes

CARD_PICTURE = "fill-640x360"  # the rendition every card shows


def with_card_pictures(pages):
    """`pages` with their card pictures and renditions fetched in two queries."""
    return pages.prefetch_related(
        Prefetch(
            "image",
            queryset=get_image_model().objects.prefetch_renditions(CARD_PICTURE),
        )
    )


def card_image_field():
    """The picture on the cards that lead to a page (themes, actions, events)."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("card picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on the cards that lead to this page. It is decorative: "
            "the title says what matters."
        ),
    )


class BasePage(DirectRoutes, BlockRoutesMixin, Page):
    """Every content page: an intro, a body of blocks and the routes of their forms."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(BasePage):
    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide picture. It is decorative: the hero title says what matters."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("intro"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("hero_title"),
        SynchronizedField("hero_image"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """A generic page: about, legal notice, accessibility declaration, privacy."""

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    city_name = models.CharField(
        _("city name"), max_length=100, default="Ivry-sur-Seine"
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    social_links = StreamField(
        [
            (
                "link",
                blocks.StructBlock(
                    [
                        (
                            "network",
                            blocks.CharBlock(max_length=40, label=_("Network")),
                        ),
                        ("url", blocks.URLBlock(label=_("Address"))),
                    ],
                    icon="link",
                ),
            )
        ],
        blank=True,
        verbose_name=_("social links"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility declaration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("city_name"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_page"),
                FieldPanel("legal_page"),
                FieldPanel("privacy_page"),
            ],
            heading=_("Legal links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The footer's text, translated like the pages."""

    body = RichTextField(_("text"), features=INLINE_FEATURES)

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text ({locale})")).format(locale=self.locale.language_code)
