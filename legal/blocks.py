"""The repeated items of the legal pages: each is a short title with details."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ItemBlock(blocks.StructBlock):
    """One entry of a list: a content that is not accessible, a recipient..."""

    title = blocks.CharBlock(label=_("Title"), max_length=300)
    detail = blocks.TextBlock(label=_("Details"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Item")


class LegalBasis:
    """The lawful bases of article 6 of the GDPR."""

    CHOICES = [
        ("consent", _("Consent")),
        ("contract", _("Performance of a contract")),
        ("legal_obligation", _("Legal obligation")),
        ("vital_interests", _("Vital interests")),
        ("public_task", _("Public interest task")),
        ("legitimate_interests", _("Legitimate interests")),
    ]


class PurposeValue(blocks.StructValue):
    @property
    def legal_basis_label(self):
        return dict(LegalBasis.CHOICES).get(self.get("legal_basis"), "")


class PurposeBlock(blocks.StructBlock):
    """Why some personal data is processed, on which legal basis, and how long
    it is kept."""

    purpose = blocks.CharBlock(label=_("Purpose"), max_length=300)
    data = blocks.TextBlock(label=_("Data processed"))
    legal_basis = blocks.ChoiceBlock(
        label=_("Legal basis"), choices=LegalBasis.CHOICES, default="public_task"
    )
    retention = blocks.CharBlock(label=_("Retention period"), max_length=300)

    class Meta:
        icon = "lock"
        label = _("Purpose")
        template = "legal/blocks/purpose.html"
        value_class = PurposeValue


def item_list(label):
    """A StreamField's block list of items."""
    return [("item", ItemBlock(label=label))]
