"""The accessibility statement, following the model the RGAA requires."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from legal.blocks import item_list
from legal.models.base import LegalPage, synchronized, translatable


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


def items(label, verbose_name, help_text=""):
    return StreamField(
        item_list(label), blank=True, verbose_name=verbose_name, help_text=help_text
    )


class AccessibilityStatementPage(LegalPage):
    entity_name = models.CharField(
        _("entity"),
        max_length=200,
        help_text=_("Who makes the commitment, e.g. City of Ivry-sur-Seine."),
    )
    site_address = models.URLField(
        _("site address"), help_text=_("The site this statement applies to.")
    )
    multi_year_plan_url = models.URLField(_("multi-year plan"), blank=True)
    action_plan_url = models.URLField(_("action plan of the year"), blank=True)
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.NONE,
        help_text=_(
            "Without an audit the site is not compliant; fully compliant "
            "requires a rate of 100 %."
        ),
    )
    rgaa_version = models.CharField(_("RGAA version"), max_length=20, default="4.1.2")
    statement_date = models.DateField(_("date of the statement"))
    audit_date = models.DateField(_("audit date"), null=True, blank=True)
    auditor = models.CharField(_("auditor"), max_length=200, blank=True)
    compliance_rate = models.DecimalField(
        _("compliance rate (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Share of the applicable RGAA criteria the audit found met."),
    )
    audited_pages = items(_("Page"), _("pages audited"))
    non_compliances = items(_("Content"), _("non-compliant content"))
    disproportionate_burden = items(
        _("Content"),
        _("disproportionate burden"),
        _(
            "Content exempted because making it accessible would be a disproportionate burden, with the alternative offered."
        ),
    )
    exempt_content = items(
        _("Content"),
        _("content not subject to the obligation"),
        _("Derogations of the law: third-party content, archives, maps..."),
    )
    technologies = models.CharField(
        _("technologies used"), max_length=300, default="HTML5, CSS, JavaScript, SVG"
    )
    test_environment = items(
        _("Combination"),
        _("test environment"),
        _("Each browser with the assistive technology it was tested with."),
    )
    tools = items(_("Tool"), _("evaluation tools"))
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_form_url = models.URLField(_("contact form"), blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)

    content_panels = [
        *LegalPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldPanel("site_address"),
                FieldPanel("multi_year_plan_url"),
                FieldPanel("action_plan_url"),
            ],
            heading=_("Commitment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("compliance_status"),
                FieldPanel("rgaa_version"),
                FieldPanel("statement_date"),
            ],
            heading=_("Compliance status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audit_date"),
                FieldPanel("auditor"),
                FieldPanel("compliance_rate"),
                FieldPanel("audited_pages"),
            ],
            heading=_("Audit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("non_compliances"),
                FieldPanel("disproportionate_burden"),
                FieldPanel("exempt_content"),
            ],
            heading=_("Content that is not accessible"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("technologies"),
                FieldPanel("test_environment"),
                FieldPanel("tools"),
            ],
            heading=_("How the statement was established"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_form_url"),
                FieldPanel("contact_address"),
            ],
            heading=_("Feedback and contact"),
        ),
    ]
    translatable_fields = [
        *LegalPage.translatable_fields,
        *translatable(
            "entity_name",
            "auditor",
            "audited_pages",
            "non_compliances",
            "disproportionate_burden",
            "exempt_content",
            "test_environment",
            "tools",
        ),
        *synchronized(
            "site_address",
            "multi_year_plan_url",
            "action_plan_url",
            "compliance_status",
            "rgaa_version",
            "statement_date",
            "audit_date",
            "compliance_rate",
            "technologies",
            "contact_email",
            "contact_phone",
            "contact_form_url",
            "contact_address",
        ),
    ]

    class Meta:
        verbose_name = _("accessibility statement")

    def clean(self):
        super().clean()
        errors = {}
        if self.audit_date is None:
            if self.compliance_status != ComplianceStatus.NONE:
                errors["compliance_status"] = _(
                    "Without an audit, the site must be declared not compliant."
                )
            if self.compliance_rate is not None:
                errors["compliance_rate"] = _(
                    "A compliance rate comes from an audit: give its date."
                )
        elif (
            self.compliance_status == ComplianceStatus.FULL
            and self.compliance_rate != 100
        ):
            errors["compliance_status"] = _(
                "Fully compliant means the audit found 100 % of the criteria met."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def footer_label(self):
        """What the footer of every page says, as the RGAA requires."""
        return _("Accessibility: %(status)s") % {
            "status": self.get_compliance_status_display()
        }

    @property
    def site_link(self):
        return format_html('<a href="{}">{}</a>', self.site_address, self.site_address)

    @property
    def has_inaccessible_content(self):
        return bool(
            self.non_compliances or self.disproportionate_burden or self.exempt_content
        )
