"""Demo accounts and the privacy page.

Residents with verified emails that other demo builders may use as authors,
supporters and voters (`demo_residents()`), one staff account per role, and
the "Données personnelles" page set as the site's privacy page. The passwords
are for local use only (README, "Accounts").
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from wagtail.models import Site

from accounts import roles
from accounts.models import User
from home.models import ContentPage, SiteSettings

RESIDENT_PASSWORD = "agir-demo-resident"
STAFF_PASSWORD = "agir-demo-staff"

# (email, public pseudonym)
RESIDENTS = [
    ("nour@example.org", "Nour B"),
    ("camille@example.org", "Camille"),
    ("mamadou@example.org", "Mamadou D"),
    ("lucia@example.org", "Lucía"),
    ("jeanne@example.org", "Jeanne R"),
    ("theo@example.org", "Théo"),
]
# Plan reviewers are editors who also approve the plan's pages.
ALSO_IN = {roles.PLAN_REVIEWERS: [roles.EDITORS]}
STAFF = [
    ("editor@example.org", "Équipe communication", roles.EDITORS),
    ("reviewer@example.org", "Relecture du plan", roles.PLAN_REVIEWERS),
    ("moderator@example.org", "Modération", roles.MODERATORS),
    ("agent@example.org", "Agent de participation", roles.AGENTS),
    ("committee@example.org", "Comité de suivi", roles.COMMITTEE_MEMBERS),
    ("administrator@example.org", "Administration", roles.ADMINISTRATORS),
]


def demo_residents():
    """The demo residents, in a stable order (for authors, supporters, voters)."""
    emails = [email for email, _ in RESIDENTS]
    by_email = {user.email: user for user in User.objects.filter(email__in=emails)}
    return [by_email[email] for email in emails if email in by_email]


def ensure_user(email, display_name, password, **fields):
    """The account with this email, created with a verified address if missing."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(email=email, display_name=display_name, **fields)
        user.set_password(password)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def join_first_committee(user):
    """Seat the demo committee account on the first theme's committee
    (Mobility), so it may add updates to the actions that committee monitors."""
    from wagtail.models import Locale

    from climate_plan.models import CommitteeMember, CommitteePage

    committee = (
        CommitteePage.objects.filter(locale=Locale.get_default())
        .order_by("path")
        .first()
    )
    if committee is None or committee.members.filter(user=user).exists():
        return
    committee.members.add(
        CommitteeMember(
            name=user.display_name, college="residents", organisation="", user=user
        )
    )
    committee.save_revision().publish()


def build(demo):
    from climate_plan.models import Neighbourhood

    neighbourhoods = list(Neighbourhood.objects.all())
    for index, (email, name) in enumerate(RESIDENTS):
        user = ensure_user(email, name, RESIDENT_PASSWORD, preferred_language="fr")
        if neighbourhoods and user.neighbourhood_id is None:
            user.neighbourhood = neighbourhoods[index % len(neighbourhoods)]
            user.save(update_fields=["neighbourhood"])
    for email, name, role in STAFF:
        user = ensure_user(email, name, STAFF_PASSWORD, is_staff=True)
        user.groups.set(Group.objects.filter(name__in=[role, *ALSO_IN.get(role, [])]))
        if role == roles.COMMITTEE_MEMBERS:
            join_first_committee(user)

    privacy = demo.child(
        demo.home,
        ContentPage,
        demo.text("donnees-personnelles", "personal-data", "datos-personales"),
        show_in_menus=False,
        **privacy_page(demo.text),
    )
    demo.pages["privacy"] = privacy
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page = privacy
    settings.save()
    demo.translate(privacy)


def privacy_page(t):
    def heading(fr, en, es):
        return ("heading", {"text": t(fr, en, es), "level": "h2"})

    def paragraph(fr, en, es):
        return ("paragraph", "<p>" + t(fr, en, es) + "</p>")

    return {
        "title": t("Données personnelles", "Personal data", "Datos personales"),
        "intro": t(
            "Ce que nous conservons à votre sujet, pourquoi, combien de temps, et comment "
            "exercer vos droits.",
            "What we keep about you, why, for how long, and how to use your rights.",
            "Qué conservamos sobre usted, por qué, durante cuánto tiempo y cómo ejercer "
            "sus derechos.",
        ),
        "body": [
            heading("Ce que nous conservons", "What we keep", "Qué conservamos"),
            paragraph(
                "Pour un compte : votre adresse électronique (jamais affichée), votre "
                "pseudonyme public, votre quartier si vous l’indiquez, vos préférences de "
                "notification et la langue de vos courriels. Puis ce que vous publiez : "
                "propositions, soutiens, commentaires, signalements.",
                "For an account: your email address (never shown), your public pseudonym, "
                "your neighbourhood if you give it, your notification choices and the "
                "language of your emails. Then what you publish: proposals, supports, "
                "comments, reports.",
                "Para una cuenta: su correo electrónico (nunca se muestra), su seudónimo "
                "público, su barrio si lo indica, sus preferencias de notificación y el "
                "idioma de sus correos. Después, lo que publica: propuestas, apoyos, "
                "comentarios, denuncias.",
            ),
            paragraph(
                "Pour le vote : le bulletin est enregistré sans aucun lien avec vous. Un "
                "registre note seulement qu’une clé codée, calculée à partir de votre "
                "adresse, a voté dans un thème, pour que personne ne vote deux fois.",
                "For the vote: the ballot is stored with no link to you. A register only "
                "notes that a coded key, computed from your address, voted in a theme, so "
                "that nobody votes twice.",
                "Para la votación: la papeleta se guarda sin ningún vínculo con usted. Un "
                "registro solo anota que una clave cifrada, calculada a partir de su "
                "dirección, votó en un tema, para que nadie vote dos veces.",
            ),
            heading("Pourquoi", "Why", "Por qué"),
            paragraph(
                "Pour permettre votre participation à la démarche climat de la ville, vous "
                "tenir informé·e des suites données à vos propositions si vous le "
                "souhaitez, et garantir un vote sincère. Rien n’est vendu ni transmis à des "
                "tiers.",
                "To let you take part in the city’s climate approach, keep you informed of "
                "what became of your proposals if you wish, and guarantee a fair vote. "
                "Nothing is sold or passed on to third parties.",
                "Para permitir su participación en el proceso climático de la ciudad, "
                "informarle, si lo desea, de lo que ocurre con sus propuestas y garantizar "
                "una votación limpia. Nada se vende ni se cede a terceros.",
            ),
            heading("Combien de temps", "For how long", "Durante cuánto tiempo"),
            paragraph(
                "Votre compte est conservé tant que vous le gardez ; un compte inactif "
                "depuis trois ans est supprimé après un courriel d’avertissement. Les "
                "contributions publiées restent, signées « Participant supprimé », tant que "
                "le plan d’action est suivi. Le registre des votants est conservé jusqu’à "
                "la fin de la démarche, puis supprimé.",
                "Your account is kept as long as you keep it; an account unused for three "
                "years is deleted after a warning email. Published contributions stay, "
                "signed “Deleted participant”, for as long as the action plan is "
                "monitored. The register of who voted is kept until the end of the "
                "approach, then deleted.",
                "Su cuenta se conserva mientras usted la mantenga; una cuenta inactiva "
                "durante tres años se elimina tras un correo de aviso. Las contribuciones "
                "publicadas permanecen, firmadas «Participante eliminado», mientras se "
                "haga el seguimiento del plan de acción. El registro de votantes se "
                "conserva hasta el final del proceso y después se elimina.",
            ),
            heading("Vos droits", "Your rights", "Sus derechos"),
            paragraph(
                "Depuis « Mon compte », vous pouvez à tout moment télécharger vos données "
                "(fichier JSON), modifier votre pseudonyme et vos préférences, ou supprimer "
                "votre compte. Pour toute autre demande, écrivez à climat@example.org.",
                "From “My account” you may at any time download your data (a JSON file), "
                "change your pseudonym and preferences, or delete your account. For any "
                "other request, write to climat@example.org.",
                "Desde «Mi cuenta» puede en cualquier momento descargar sus datos (un "
                "archivo JSON), cambiar su seudónimo y sus preferencias o eliminar su "
                "cuenta. Para cualquier otra solicitud, escriba a climat@example.org.",
            ),
        ],
    }
