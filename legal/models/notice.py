"""The legal notice (mentions légales): who publishes the site and who hosts it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from home.blocks import RICH_TEXT_FEATURES
from legal.models.base import LegalPage, synchronized, translatable


class LegalNoticePage(LegalPage):
    publisher_name = models.CharField(_("publisher"), max_length=200)
    publisher_address = models.TextField(_("publisher address"))
    publisher_phone = models.CharField(_("publisher phone"), max_length=40, blank=True)
    publisher_email = models.EmailField(_("publisher email"), blank=True)
    publisher_identifier = models.CharField(
        _("SIRET number"), max_length=40, blank=True
    )
    director_name = models.CharField(_("director of publication"), max_length=200)
    director_role = models.CharField(
        _("role of the director"),
        max_length=200,
        blank=True,
        help_text=_("For a city, usually its mayor."),
    )
    host_name = models.CharField(_("host"), max_length=200)
    host_address = models.TextField(_("host address"))
    host_phone = models.CharField(_("host phone"), max_length=40)
    host_website = models.URLField(_("host website"), blank=True)
    credits = RichTextField(_("credits"), blank=True, features=RICH_TEXT_FEATURES)
    other_notices = RichTextField(
        _("other notices"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Intellectual property, links to the site, liability..."),
    )

    content_panels = [
        *LegalPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("publisher_name"),
                FieldPanel("publisher_address"),
                FieldPanel("publisher_phone"),
                FieldPanel("publisher_email"),
                FieldPanel("publisher_identifier"),
            ],
            heading=_("Publisher"),
        ),
        MultiFieldPanel(
            [FieldPanel("director_name"), FieldPanel("director_role")],
            heading=_("Director of publication"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("host_name"),
                FieldPanel("host_address"),
                FieldPanel("host_phone"),
                FieldPanel("host_website"),
            ],
            heading=_("Host"),
        ),
        FieldPanel("credits"),
        FieldPanel("other_notices"),
    ]
    translatable_fields = [
        *LegalPage.translatable_fields,
        *translatable(
            "publisher_name",
            "director_name",
            "director_role",
            "credits",
            "other_notices",
        ),
        *synchronized(
            "publisher_address",
            "publisher_phone",
            "publisher_email",
            "publisher_identifier",
            "host_name",
            "host_address",
            "host_phone",
            "host_website",
        ),
    ]

    class Meta:
        verbose_name = _("legal notice")
