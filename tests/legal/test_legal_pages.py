"""The accessibility statement, legal notice and privacy page a city publishes."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page, Site

from home.demo.state import Demo
from home.models import ContentPage, HomePage, SiteSettings
from legal import demo as legal_demo
from legal.models import (
    AccessibilityStatementPage,
    ComplianceStatus,
    LegalNoticePage,
    PrivacyPage,
)
from tests.factories.pages import translate_page

NBSP = "\u00a0"


def statement(**fields):
    values = {
        "title": "Déclaration d’accessibilité",
        "entity_name": "La Ville",
        "site_address": "https://agir.example.org",
        "statement_date": datetime.date(2026, 11, 20),
        "compliance_status": ComplianceStatus.NONE,
    }
    return AccessibilityStatementPage(**{**values, **fields})


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"compliance_status": ComplianceStatus.PARTIAL}, "compliance_status"),
        ({"compliance_status": ComplianceStatus.FULL}, "compliance_status"),
        ({"compliance_rate": Decimal("80")}, "compliance_rate"),
        (
            {
                "compliance_status": ComplianceStatus.FULL,
                "audit_date": datetime.date(2026, 11, 1),
                "compliance_rate": Decimal("97"),
            },
            "compliance_status",
        ),
    ],
)
@pytest.mark.django_db  # a page's clean() checks its slug
def test_an_editor_cannot_claim_compliance_an_audit_does_not_support(
    fields, field_in_error
):
    with pytest.raises(ValidationError) as error:
        statement(**fields).clean()
    assert field_in_error in error.value.message_dict


@pytest.mark.django_db
def test_a_partial_compliance_backed_by_an_audit_is_accepted():
    statement(
        compliance_status=ComplianceStatus.PARTIAL,
        audit_date=datetime.date(2026, 11, 1),
        compliance_rate=Decimal("82.5"),
    ).clean()


@pytest.mark.django_db
def test_a_statement_without_audit_says_so_and_the_footer_says_not_compliant(
    client, home
):
    home.add_child(instance=statement(slug="accessibilite"))
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.accessibility_page = home.get_children().get(slug="accessibilite")
    settings.save()
    html = client.get("/accessibilite/").content.decode()
    assert "Aucun audit de conformité n’a encore été réalisé" in html
    assert "est non conforme avec le référentiel" in html
    assert f"Accessibilité{NBSP}: non conforme</a>" in html
    assert "20 novembre 2026" in html


@pytest.mark.django_db
def test_legal_pages_live_once_directly_under_each_home_page(home):
    for model in (AccessibilityStatementPage, LegalNoticePage, PrivacyPage):
        assert model.can_create_at(home)
        assert HomePage in model.allowed_parent_page_models()
        assert ContentPage not in model.allowed_parent_page_models()
    home.add_child(instance=statement(slug="accessibilite"))
    assert not AccessibilityStatementPage.can_create_at(home)


@pytest.mark.django_db
def test_the_demo_builder_replaces_generic_pages_left_at_the_legal_addresses(home):
    old = ContentPage(title="Mentions légales", slug="mentions-legales")
    home.add_child(instance=old)
    old.save_revision().publish()
    translate_page(old, "en")
    demo = Demo(home=home)
    legal_demo.build(demo)
    legal_demo.build(demo)  # a second run changes nothing
    at_address = Page.objects.filter(slug="mentions-legales", depth=3)
    assert [page.specific_class for page in at_address] == [LegalNoticePage]
    assert not ContentPage.objects.filter(translation_key=old.translation_key).exists()
    assert demo.untranslated == []


@pytest.mark.django_db
def test_demo_legal_pages_are_linked_from_every_footer_in_each_language(
    demo_site, client
):
    expected = {
        "/": (
            f"Accessibilité{NBSP}: partiellement conforme",
            "/accessibilite/",
            "/mentions-legales/",
            "/donnees-personnelles/",
        ),
        "/en/": (
            "Accessibility: partially compliant",
            "/en/accessibility/",
            "/en/legal-notice/",
            "/en/personal-data/",
        ),
        "/es/": (
            "Accesibilidad: parcialmente conforme",
            "/es/accesibilidad/",
            "/es/aviso-legal/",
            "/es/datos-personales/",
        ),
    }
    for home_url, (label, *addresses) in expected.items():
        footer = client.get(home_url).content.decode().split('class="site-footer"')[1]
        assert f'href="{addresses[0]}">{label}</a>' in footer, home_url
        for address in addresses:
            assert f'href="{address}"' in footer, address
            assert client.get(address).status_code == 200, address


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "texts"),
    [
        (
            "/accessibilite/",
            [
                "partiellement conforme avec le référentiel général",
                f"révèle que 82,5{NBSP}% des critères du RGAA sont respectés",
                "16 novembre 2026",
                "Non-conformités",
                "Dérogations pour charge disproportionnée",
                "Firefox avec NVDA, sous Windows",
                "Défenseur des droits",
                "Schéma pluriannuel de mise en accessibilité",
                "mailto:climat@example.org",
            ],
        ),
        (
            "/en/accessibility/",
            [
                "is partially compliant with the general accessibility",
                "shows that 82.5 % of the RGAA criteria are met",
                "16 November 2026",
                "the City’s digital team (internal audit)",
                "Firefox with NVDA, on Windows",
                "Write a message to the Défenseur des droits",
            ],
        ),
        (
            "/es/aviso-legal/",
            ["Director de la publicación", "Alojamiento", "Exemple Hébergement SAS"],
        ),
        (
            "/mentions-legales/",
            ["Directeur de la publication", "Hébergeur", "Exemple Hébergement SAS"],
        ),
        (
            "/donnees-personnelles/",
            [
                "Responsable du traitement",
                "Mission d’intérêt public",
                "Consentement",
                "Délégué à la protection des données",
                "mailto:dpo@example.org",
                "https://www.cnil.fr/fr/adresser-une-plainte",
            ],
        ),
        (
            "/en/personal-data/",
            ["Public interest task", "Guaranteeing a fair vote", "lodge a complaint"],
        ),
    ],
)
def test_demo_legal_pages_show_what_the_law_asks_for(demo_site, client, address, texts):
    html = client.get(address).content.decode()
    for text in texts:
        assert text in html, text
