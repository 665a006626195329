"""Generic StreamField blocks, defined once and reused by every page type.

Each block has its own template under templates/home/blocks/ and a
`preview_value` so editors see it in the block picker.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "link",
    "document-link",
    "ol",
    "ul",
]
INLINE_FEATURES = ["bold", "italic", "link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[
            ("h2", _("Heading 2")),
            ("h3", _("Heading 3")),
            ("h4", _("Heading 4")),
        ],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"
        preview_value = {"text": "Pour le climat, on agit", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Rich text")
        template = "home/blocks/paragraph.html"
        preview_value = (
            "<p>La ville s’engage à réduire de <b>40 %</b> ses émissions de gaz "
            "à effet de serre d’ici 2035.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        default="",
        max_length=250,
        help_text=_("Describe what the image shows. Required unless it is decorative."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative image"),
        required=False,
        help_text=_(
            "Tick only if the image adds no information (screen readers skip it)."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, default="", max_length=250
    )

    def clean(self, value):
        cleaned = super().clean(value)
        if not cleaned.get("decorative") and not cleaned.get("alt_text", "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ErrorList(
                        [
                            ValidationError(
                                _(
                                    "Give an alternative text or mark the image decorative."
                                )
                            )
                        ]
                    )
                }
            )
        return cleaned

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"
        preview_value = {"alt_text": "", "decorative": True, "caption": ""}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, default="")

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"
        preview_value = {
            "quote": "Nous avons travaillé collectivement à formuler des propositions.",
            "attribution": "La municipalité",
        }


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, default="")
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(
        label=_("Or external link"), required=False, default=""
    )

    def clean(self, value):
        cleaned = super().clean(value)
        if not cleaned.get("page") and not cleaned.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ErrorList(
                        [ValidationError(_("Choose a page or give a link."))]
                    )
                }
            )
        return cleaned

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"
        value_class = LinkStructValue
        preview_value = {
            "title": "Donnez votre avis",
            "text": "Déposez vos propositions pour le plan climat.",
            "button_label": "Proposer",
            "external_url": "https://example.org/",
        }


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Number"), max_length=20, help_text=_("For example −40")
    )
    unit = blocks.CharBlock(label=_("Unit"), required=False, default="", max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=160)

    class Meta:
        icon = "order"
        label = _("Key figure")
        template = "home/blocks/key_figure.html"
        preview_value = {
            "number": "−40",
            "unit": "%",
            "label": "de gaz à effet de serre d’ici 2035",
        }


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = "home/blocks/key_figures.html"
        preview_value = [
            {
                "number": "−40",
                "unit": "%",
                "label": "de gaz à effet de serre d’ici 2035",
            },
            {"number": "13", "unit": "", "label": "ateliers participatifs"},
        ]


class TimelineStepBlock(blocks.StructBlock):
    date = blocks.CharBlock(
        label=_("Date"), max_length=60, help_text=_("For example “June 2021”")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, default="")


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), required=False, default="", max_length=120
    )
    steps = blocks.ListBlock(TimelineStepBlock(), label=_("Phases"))

    class Meta:
        icon = "date"
        label = _("Timeline of phases")
        template = "home/blocks/timeline.html"
        preview_value = {
            "title": "Les étapes",
            "steps": [
                {
                    "date": "Juin 2021",
                    "title": "Lancement",
                    "text": "La démarche est lancée.",
                },
                {"date": "Novembre 2021", "title": "Vote citoyen", "text": ""},
            ],
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        default="",
        help_text=_("Defaults to the document title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "home/blocks/document_link.html"
        # Without a chosen document the block renders nothing.
        preview_value = {"title": "Synthèse des propositions"}


class PageLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), required=False, default="", max_length=120
    )
    pages = blocks.ListBlock(blocks.PageChooserBlock(), label=_("Pages"))

    class Meta:
        icon = "list-ul"
        label = _("Page links")
        template = "home/blocks/page_links.html"
        preview_value = {"title": "À lire aussi", "pages": []}


class VideoEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address of the video or media"))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=120,
        help_text=_("Describes the media for screen readers."),
    )

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "home/blocks/embed.html"
        # Fetching an embed needs the network; the preview shows the title only.
        preview_value = {"title": "La Conférence pour le climat en vidéo"}


class GenericStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    timeline = TimelineBlock()
    embed = VideoEmbedBlock()
    document = DocumentLinkBlock()
    page_links = PageLinksBlock()
