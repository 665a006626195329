"""The comments block: editors put it in a page body to open that page's
discussion to residents (action and objective pages have one anyway)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CommentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        default="",
        max_length=120,
        help_text=_("Defaults to “Comments”."),
    )
    intro = blocks.TextBlock(
        label=_("Introduction"),
        required=False,
        default="",
        max_length=400,
        help_text=_(
            "A sentence inviting residents to take part, for example a question."
        ),
    )

    class Meta:
        icon = "comment"
        label = _("Residents’ comments")
        template = "participation/blocks/comments.html"
        preview_value = {"heading": "Qu’en pensez-vous ?", "intro": ""}
