"""The privacy page: who processes which personal data, why, on which legal
basis, for how long, and how residents use their rights (GDPR articles 13
and 14)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from home.blocks import RICH_TEXT_FEATURES
from legal.blocks import PurposeBlock, item_list
from legal.models.base import LegalPage, synchronized, translatable


class PrivacyPage(LegalPage):
    controller_name = models.CharField(_("data controller"), max_length=200)
    controller_address = models.TextField(_("controller address"))
    controller_email = models.EmailField(_("controller email"), blank=True)
    purposes = StreamField(
        [("purpose", PurposeBlock())], verbose_name=_("purposes"), blank=True
    )
    recipients = StreamField(
        item_list(_("Recipient")), verbose_name=_("recipients"), blank=True
    )
    rights = RichTextField(
        _("your rights"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Which rights residents have and how to use them."),
    )
    dpo_name = models.CharField(_("data protection officer"), max_length=200)
    dpo_email = models.EmailField(_("DPO email"))
    dpo_address = models.TextField(_("DPO postal address"), blank=True)
    cookies = RichTextField(_("cookies"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *LegalPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("controller_name"),
                FieldPanel("controller_address"),
                FieldPanel("controller_email"),
            ],
            heading=_("Data controller"),
        ),
        FieldPanel("purposes"),
        FieldPanel("recipients"),
        FieldPanel("rights"),
        MultiFieldPanel(
            [
                FieldPanel("dpo_name"),
                FieldPanel("dpo_email"),
                FieldPanel("dpo_address"),
            ],
            heading=_("Data protection officer"),
        ),
        FieldPanel("cookies"),
    ]
    translatable_fields = [
        *LegalPage.translatable_fields,
        *translatable(
            "controller_name", "purposes", "recipients", "rights", "dpo_name", "cookies"
        ),
        *synchronized(
            "controller_address",
            "controller_email",
            "dpo_email",
            "dpo_address",
        ),
    ]

    class Meta:
        verbose_name = _("privacy page")
