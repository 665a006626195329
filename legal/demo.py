"""The demo's legal pages: the accessibility statement, the legal notice and
the privacy page, in French with their English and Spanish translations, set
as the site's legal links (the footer of every page).

Earlier demos built these as generic content pages under the same slugs:
those are removed, with their translations, before the typed pages are built.
"""

import datetime
from decimal import Decimal

from wagtail.models import Site

from home.models import SiteSettings
from legal.models import (
    AccessibilityStatementPage,
    ComplianceStatus,
    LegalNoticePage,
    PrivacyPage,
)

CITY_ADDRESS = "Hôtel de ville\nEsplanade Georges-Marrane\n94205 Ivry-sur-Seine Cedex"
CITY_EMAIL = "climat@example.org"
CITY_PHONE = "01 49 60 25 00"
UPDATED = datetime.date(2026, 12, 1)


def build(demo):
    t = demo.text
    pages = {
        "accessibility": (
            AccessibilityStatementPage,
            t("accessibilite", "accessibility", "accesibilidad"),
            accessibility_statement(t),
        ),
        "legal": (
            LegalNoticePage,
            t("mentions-legales", "legal-notice", "aviso-legal"),
            legal_notice(t),
        ),
        "privacy": (
            PrivacyPage,
            t("donnees-personnelles", "personal-data", "datos-personales"),
            privacy(t),
        ),
    }
    built = {}
    for key, (model, slug, fields) in pages.items():
        replace_untyped_page(demo.home, slug, model)
        built[key] = demo.child(demo.home, model, slug, show_in_menus=False, **fields)
        demo.translate(built[key])
    demo.pages.update(built)

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.accessibility_page = built["accessibility"]
    settings.legal_page = built["legal"]
    settings.privacy_page = built["privacy"]
    settings.save()


def replace_untyped_page(home, slug, model):
    """Delete the child of `home` with this slug, and its translations, when it
    is not of the expected type."""
    existing = home.get_children().filter(slug=slug).first()
    if existing is None or existing.specific_class is model:
        return
    for page in existing.get_translations(inclusive=True):
        page.delete()


def items(*entries):
    """StreamField items from (title, detail) pairs of translated texts."""
    return [("item", {"title": title, "detail": detail}) for title, detail in entries]


def html(*elements):
    """Rich text from (tag, translated text) pairs: one segment per element."""
    return "".join(f"<{tag}>{text}</{tag}>" for tag, text in elements)


def accessibility_statement(t):
    return {
        "title": t(
            "Déclaration d’accessibilité",
            "Accessibility statement",
            "Declaración de accesibilidad",
        ),
        "intro": t(
            "Ce que la Ville a vérifié de l’accessibilité de ce site, ce qui reste à corriger, "
            "et comment obtenir un contenu qui ne vous est pas accessible.",
            "What the City has checked of this site’s accessibility, what remains to be "
            "fixed, and how to obtain content you cannot access.",
            "Lo que la Ciudad ha comprobado de la accesibilidad de este sitio, lo que queda "
            "por corregir y cómo obtener un contenido al que no puede acceder.",
        ),
        "last_updated": UPDATED,
        "entity_name": t(
            "La Ville d’Ivry-sur-Seine",
            "The City of Ivry-sur-Seine",
            "La Ciudad de Ivry-sur-Seine",
        ),
        "site_address": "https://agir.example.org",
        "multi_year_plan_url": "https://example.org/accessibilite/schema-pluriannuel-2025-2027.pdf",
        "action_plan_url": "https://example.org/accessibilite/plan-annuel-2026.pdf",
        "compliance_status": ComplianceStatus.PARTIAL,
        "rgaa_version": "4.1.2",
        "statement_date": datetime.date(2026, 11, 20),
        "audit_date": datetime.date(2026, 11, 16),
        "auditor": t(
            "la mission numérique de la Ville (audit interne)",
            "the City’s digital team (internal audit)",
            "el equipo digital de la Ciudad (auditoría interna)",
        ),
        "compliance_rate": Decimal("82.5"),
        "audited_pages": items(
            (t("Accueil", "Home", "Inicio"), ""),
            (t("La démarche", "The approach", "El proceso"), ""),
            (
                t(
                    "Le plan climat et ses indicateurs",
                    "The climate plan and its indicators",
                    "El plan climático y sus indicadores",
                ),
                "",
            ),
            (
                t(
                    "Une page de thème et une page d’action",
                    "A theme page and an action page",
                    "Una página de tema y una página de acción",
                ),
                "",
            ),
            (
                t(
                    "Déposer une proposition",
                    "Sending a proposal",
                    "Enviar una propuesta",
                ),
                "",
            ),
            (t("Le vote citoyen", "The citizen vote", "La votación ciudadana"), ""),
            (
                t(
                    "Connexion, inscription et « Mon compte »",
                    "Sign in, sign up and “My account”",
                    "Inicio de sesión, registro y «Mi cuenta»",
                ),
                "",
            ),
            (
                t(
                    "L’agenda et une page d’événement",
                    "The calendar and an event page",
                    "La agenda y una página de evento",
                ),
                "",
            ),
            (t("La recherche", "Search", "La búsqueda"), ""),
            (
                t(
                    "Déclaration d’accessibilité, mentions légales et données personnelles",
                    "Accessibility statement, legal notice and personal data",
                    "Declaración de accesibilidad, aviso legal y datos personales",
                ),
                "",
            ),
        ),
        "non_compliances": items(
            (
                t(
                    "Certains comptes rendus du comité de suivi, en PDF, ne sont pas balisés (critère 13.3).",
                    "Some minutes of the monitoring committee, as PDF files, are not tagged (criterion 13.3).",
                    "Algunas actas del comité de seguimiento, en PDF, no están etiquetadas (criterio 13.3).",
                ),
                t(
                    "Une version texte est envoyée sur simple demande au service climat.",
                    "A text version is sent on request by the climate department.",
                    "El servicio de clima envía una versión en texto a quien la pida.",
                ),
            ),
            (
                t(
                    "Les vidéos des conférences pour le climat de 2021 et 2023 n’ont pas de sous-titres (critère 4.3).",
                    "The videos of the 2021 and 2023 climate conferences have no captions (criterion 4.3).",
                    "Los vídeos de las conferencias por el clima de 2021 y 2023 no tienen subtítulos (criterio 4.3).",
                ),
                t(
                    "Leur transcription écrite est publiée sur la page de chaque conférence.",
                    "Their written transcript is published on each conference page.",
                    "Su transcripción escrita se publica en la página de cada conferencia.",
                ),
            ),
            (
                t(
                    "Sur les panneaux de l’exposition, certaines images porteuses d’information n’ont pas d’alternative assez complète (critère 1.3).",
                    "On the exhibition panels, some informative images lack a complete enough alternative (criterion 1.3).",
                    "En los paneles de la exposición, algunas imágenes informativas no tienen una alternativa suficientemente completa (criterio 1.3).",
                ),
                "",
            ),
        ),
        "disproportionate_burden": items(
            (
                t(
                    "Les comptes rendus manuscrits des ateliers de 2021, numérisés.",
                    "The handwritten reports of the 2021 workshops, scanned.",
                    "Las actas manuscritas de los talleres de 2021, escaneadas.",
                ),
                t(
                    "Leur synthèse est publiée en texte ; leur transcription complète est envoyée sur demande.",
                    "Their summary is published as text; a full transcript is sent on request.",
                    "Su síntesis se publica en texto; su transcripción completa se envía a quien la pida.",
                ),
            ),
        ),
        "exempt_content": items(
            (
                t(
                    "Les cartes interactives des quartiers, fournies par un service tiers.",
                    "The interactive maps of the neighbourhoods, provided by a third-party service.",
                    "Los mapas interactivos de los barrios, proporcionados por un servicio externo.",
                ),
                t(
                    "Chaque carte est accompagnée de l’adresse écrite du lieu.",
                    "Each map comes with the written address of the place.",
                    "Cada mapa va acompañado de la dirección escrita del lugar.",
                ),
            ),
        ),
        "technologies": "HTML5, CSS, JavaScript, SVG",
        "test_environment": items(
            (
                t(
                    "Firefox avec NVDA, sous Windows",
                    "Firefox with NVDA, on Windows",
                    "Firefox con NVDA, en Windows",
                ),
                "",
            ),
            (
                t(
                    "Safari avec VoiceOver, sous macOS et iOS",
                    "Safari with VoiceOver, on macOS and iOS",
                    "Safari con VoiceOver, en macOS e iOS",
                ),
                "",
            ),
            (
                t(
                    "Chrome avec TalkBack, sous Android",
                    "Chrome with TalkBack, on Android",
                    "Chrome con TalkBack, en Android",
                ),
                "",
            ),
        ),
        "tools": items(
            (
                t(
                    "axe-core, à chaque modification du site",
                    "axe-core, at every change of the site",
                    "axe-core, con cada cambio del sitio",
                ),
                "",
            ),
            (
                t(
                    "Le validateur HTML Nu du W3C",
                    "The W3C Nu HTML checker",
                    "El validador HTML Nu del W3C",
                ),
                "",
            ),
            (
                t(
                    "Colour Contrast Analyser",
                    "Colour Contrast Analyser",
                    "Colour Contrast Analyser",
                ),
                "",
            ),
            (
                t(
                    "Navigation au clavier seul et à 320 pixels de large",
                    "Keyboard-only navigation and a 320 pixel wide screen",
                    "Navegación solo con teclado y a 320 píxeles de ancho",
                ),
                "",
            ),
        ),
        "contact_email": CITY_EMAIL,
        "contact_phone": CITY_PHONE,
        "contact_form_url": "",
        "contact_address": CITY_ADDRESS,
    }


def legal_notice(t):
    return {
        "title": t("Mentions légales", "Legal notice", "Aviso legal"),
        "intro": t(
            "Qui publie ce site, qui en est responsable et qui l’héberge.",
            "Who publishes this site, who is responsible for it and who hosts it.",
            "Quién publica este sitio, quién es responsable de él y quién lo aloja.",
        ),
        "last_updated": UPDATED,
        "publisher_name": t(
            "Ville d’Ivry-sur-Seine",
            "City of Ivry-sur-Seine",
            "Ciudad de Ivry-sur-Seine",
        ),
        "publisher_address": CITY_ADDRESS,
        "publisher_phone": CITY_PHONE,
        "publisher_email": CITY_EMAIL,
        "publisher_identifier": "",
        "director_name": t("Le maire", "The mayor", "El alcalde"),
        "director_role": t(
            "en qualité de représentant légal de la commune",
            "as the legal representative of the municipality",
            "como representante legal del municipio",
        ),
        "host_name": "Exemple Hébergement SAS",
        "host_address": "10 rue de l’Exemple\n75011 Paris\nFrance",
        "host_phone": "01 00 00 00 00",
        "host_website": "https://hebergement.example.org",
        "credits": html(
            (
                "p",
                t(
                    "Conception et rédaction : direction de la communication et mission numérique de la Ville.",
                    "Design and writing: the City’s communication department and digital team.",
                    "Diseño y redacción: dirección de comunicación y equipo digital de la Ciudad.",
                ),
            ),
            (
                "p",
                t(
                    "Illustrations : images dessinées pour la démonstration, sans photographie de personnes.",
                    "Illustrations: pictures drawn for the demonstration, with no photograph of people.",
                    "Ilustraciones: imágenes dibujadas para la demostración, sin fotografías de personas.",
                ),
            ),
            (
                "p",
                t(
                    "Logiciels : Wagtail, Django et wagtail-localize, logiciels libres.",
                    "Software: Wagtail, Django and wagtail-localize, free software.",
                    "Programas: Wagtail, Django y wagtail-localize, software libre.",
                ),
            ),
        ),
        "other_notices": html(
            (
                "h2",
                t(
                    "Propriété intellectuelle",
                    "Intellectual property",
                    "Propiedad intelectual",
                ),
            ),
            (
                "p",
                t(
                    "Les textes publiés par la Ville sur ce site sont sous licence Creative Commons BY-SA 4.0, sauf mention contraire.",
                    "The texts the City publishes on this site are under the Creative Commons BY-SA 4.0 licence, unless stated otherwise.",
                    "Los textos que la Ciudad publica en este sitio están bajo licencia Creative Commons BY-SA 4.0, salvo que se indique lo contrario.",
                ),
            ),
            (
                "p",
                t(
                    "Les propositions et commentaires des habitants restent à leurs auteurs, qui en autorisent la publication ici.",
                    "Residents’ proposals and comments remain their authors’, who allow their publication here.",
                    "Las propuestas y comentarios de los habitantes siguen siendo de sus autores, que autorizan su publicación aquí.",
                ),
            ),
            (
                "h2",
                t(
                    "Liens vers d’autres sites",
                    "Links to other sites",
                    "Enlaces a otros sitios",
                ),
            ),
            (
                "p",
                t(
                    "La Ville n’est pas responsable du contenu des sites vers lesquels celui-ci renvoie.",
                    "The City is not responsible for the content of the sites this one links to.",
                    "La Ciudad no es responsable del contenido de los sitios a los que este enlaza.",
                ),
            ),
        ),
    }


def purpose(purpose, data, legal_basis, retention):
    return (
        "purpose",
        {
            "purpose": purpose,
            "data": data,
            "legal_basis": legal_basis,
            "retention": retention,
        },
    )


def privacy(t):
    return {
        "title": t("Données personnelles", "Personal data", "Datos personales"),
        "intro": t(
            "Ce que nous conservons à votre sujet, pourquoi, combien de temps, et comment "
            "exercer vos droits.",
            "What we keep about you, why, for how long, and how to use your rights.",
            "Qué conservamos sobre usted, por qué, durante cuánto tiempo y cómo ejercer "
            "sus derechos.",
        ),
        "last_updated": UPDATED,
        "controller_name": t(
            "la Ville d’Ivry-sur-Seine, représentée par son maire",
            "the City of Ivry-sur-Seine, represented by its mayor",
            "la Ciudad de Ivry-sur-Seine, representada por su alcalde",
        ),
        "controller_address": CITY_ADDRESS,
        "controller_email": CITY_EMAIL,
        "purposes": [
            purpose(
                t(
                    "Créer et gérer votre compte",
                    "Creating and managing your account",
                    "Crear y gestionar su cuenta",
                ),
                t(
                    "Adresse électronique (jamais affichée), pseudonyme public, quartier si vous l’indiquez, préférences de notification et langue des courriels.",
                    "Email address (never shown), public pseudonym, neighbourhood if you give it, notification choices and language of the emails.",
                    "Correo electrónico (nunca se muestra), seudónimo público, barrio si lo indica, preferencias de notificación e idioma de los correos.",
                ),
                "public_task",
                t(
                    "Tant que vous gardez votre compte ; un compte inactif depuis trois ans est supprimé après un courriel d’avertissement.",
                    "As long as you keep your account; an account unused for three years is deleted after a warning email.",
                    "Mientras mantenga su cuenta; una cuenta inactiva durante tres años se elimina tras un correo de aviso.",
                ),
            ),
            purpose(
                t(
                    "Publier vos propositions, soutiens et commentaires",
                    "Publishing your proposals, supports and comments",
                    "Publicar sus propuestas, apoyos y comentarios",
                ),
                t(
                    "Le texte de vos contributions, leur date et votre pseudonyme.",
                    "The text of your contributions, their date and your pseudonym.",
                    "El texto de sus contribuciones, su fecha y su seudónimo.",
                ),
                "public_task",
                t(
                    "Tant que le plan d’action est suivi ; après la suppression d’un compte, ses contributions restent, signées « Participant supprimé ».",
                    "As long as the action plan is monitored; once an account is deleted, its contributions stay, signed “Deleted participant”.",
                    "Mientras se haga el seguimiento del plan de acción; tras eliminar una cuenta, sus contribuciones permanecen, firmadas «Participante eliminado».",
                ),
            ),
            purpose(
                t(
                    "Garantir un vote sincère",
                    "Guaranteeing a fair vote",
                    "Garantizar una votación limpia",
                ),
                t(
                    "Une clé codée, calculée à partir de votre adresse, note seulement que vous avez voté dans un thème ; le bulletin n’a aucun lien avec vous.",
                    "A coded key, computed from your address, only notes that you voted in a theme; the ballot has no link to you.",
                    "Una clave cifrada, calculada a partir de su dirección, solo anota que votó en un tema; la papeleta no tiene ningún vínculo con usted.",
                ),
                "public_task",
                t(
                    "Jusqu’à la fin de la démarche, puis supprimée.",
                    "Until the end of the approach, then deleted.",
                    "Hasta el final del proceso; después se elimina.",
                ),
            ),
            purpose(
                t(
                    "Vous informer des suites de vos propositions",
                    "Telling you what became of your proposals",
                    "Informarle de lo que ocurre con sus propuestas",
                ),
                t(
                    "Adresse électronique et préférences de notification.",
                    "Email address and notification choices.",
                    "Correo electrónico y preferencias de notificación.",
                ),
                "consent",
                t(
                    "Jusqu’à ce que vous retiriez votre accord, depuis « Mon compte ».",
                    "Until you withdraw your consent, from “My account”.",
                    "Hasta que retire su consentimiento, desde «Mi cuenta».",
                ),
            ),
            purpose(
                t(
                    "Protéger le site contre les abus",
                    "Protecting the site from abuse",
                    "Proteger el sitio contra los abusos",
                ),
                t(
                    "Adresse IP des tentatives de connexion, d’inscription et de vote.",
                    "IP address of sign-in, sign-up and voting attempts.",
                    "Dirección IP de los intentos de inicio de sesión, registro y votación.",
                ),
                "public_task",
                t("Une heure au plus.", "One hour at most.", "Una hora como máximo."),
            ),
        ],
        "recipients": items(
            (
                t(
                    "Les agents du service climat et les modérateurs désignés par la Ville",
                    "The staff of the climate department and the moderators the City appoints",
                    "El personal del servicio de clima y los moderadores que designa la Ciudad",
                ),
                t(
                    "Chacun pour ce qui relève de sa mission ; l’adresse électronique n’est jamais publiée.",
                    "Each for what their task requires; the email address is never published.",
                    "Cada uno para lo que requiere su función; el correo electrónico nunca se publica.",
                ),
            ),
            (
                t(
                    "L’hébergeur du site, sous-traitant de la Ville",
                    "The site’s host, a processor for the City",
                    "El proveedor de alojamiento del sitio, encargado del tratamiento para la Ciudad",
                ),
                t(
                    "Les données restent dans l’Union européenne. Rien n’est vendu ni transmis à des tiers.",
                    "The data stays in the European Union. Nothing is sold or passed on to third parties.",
                    "Los datos permanecen en la Unión Europea. Nada se vende ni se cede a terceros.",
                ),
            ),
        ),
        "rights": html(
            (
                "p",
                t(
                    "Vous avez le droit d’accéder à vos données, de les faire rectifier ou effacer, d’en limiter le traitement, de vous y opposer et de les recevoir dans un format lisible par une machine.",
                    "You have the right to access your data, to have it corrected or erased, to restrict its processing, to object to it and to receive it in a machine-readable format.",
                    "Tiene derecho a acceder a sus datos, a rectificarlos o suprimirlos, a limitar su tratamiento, a oponerse a él y a recibirlos en un formato legible por máquina.",
                ),
            ),
            (
                "p",
                t(
                    "Depuis « Mon compte », vous pouvez à tout moment télécharger vos données (fichier JSON), modifier votre pseudonyme et vos préférences, ou supprimer votre compte.",
                    "From “My account” you may at any time download your data (a JSON file), change your pseudonym and preferences, or delete your account.",
                    "Desde «Mi cuenta» puede en cualquier momento descargar sus datos (un archivo JSON), cambiar su seudónimo y sus preferencias o eliminar su cuenta.",
                ),
            ),
            (
                "p",
                t(
                    "Pour toute autre demande, écrivez au délégué à la protection des données : nous répondons dans un délai d’un mois.",
                    "For any other request, write to the data protection officer: we answer within one month.",
                    "Para cualquier otra solicitud, escriba al delegado de protección de datos: respondemos en el plazo de un mes.",
                ),
            ),
        ),
        "dpo_name": t(
            "Le délégué à la protection des données de la Ville",
            "The City’s data protection officer",
            "El delegado de protección de datos de la Ciudad",
        ),
        "dpo_email": "dpo@example.org",
        "dpo_address": CITY_ADDRESS,
        "cookies": html(
            (
                "p",
                t(
                    "Ce site dépose deux cookies nécessaires à son fonctionnement : l’un garde votre session ouverte, l’autre protège les formulaires contre les envois frauduleux.",
                    "This site sets two cookies it needs to work: one keeps your session open, the other protects the forms against forged submissions.",
                    "Este sitio instala dos cookies necesarias para su funcionamiento: una mantiene abierta su sesión y la otra protege los formularios contra envíos fraudulentos.",
                ),
            ),
            (
                "p",
                t(
                    "Il ne dépose aucun cookie de mesure d’audience ni de publicité : aucun consentement ne vous est donc demandé.",
                    "It sets no audience measurement or advertising cookie, so no consent is asked of you.",
                    "No instala ninguna cookie de medición de audiencia ni de publicidad, por lo que no se le pide ningún consentimiento.",
                ),
            ),
        ),
    }
