"""How the demo plan is followed: the city's services and partners responsible
for the 43 actions, a contact person per theme, the plan's four phases, three
dated tasks per action, a status set by hand with its reason, and recent news
on most running actions — four are late (a task past due), four have no news
within the 90-day interval. Dates are counted from the day the demo is loaded,
so late and stale actions stay late and stale."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from climate_plan.models import (
    ActionContact,
    ActionPage,
    ActionResponsibility,
    ActionTask,
    ActionUpdate,
    ImplementationPhase,
    Organisation,
)
from home.typography import french_spacing

PHASES = [
    ("planned", ("Prévue", "Planned", "Prevista")),
    ("preparation", ("Préparation", "Preparation", "Preparación")),
    ("implementation", ("Mise en œuvre", "Implementation", "Ejecución")),
    ("done", ("Terminée", "Done", "Terminada")),
]
PHASE_OF_STATUS = {
    "planned": "planned",
    "delayed": "preparation",
    "in_progress": "implementation",
    "done": "done",
    "abandoned": "preparation",
}

# slug, kind, (name fr, en, es), (description fr, en, es)
ORGANISATIONS = [
    (
        "transition-ecologique",
        "city_service",
        (
            "Direction de la transition écologique",
            "Ecological transition department",
            "Dirección de transición ecológica",
        ),
        (
            "Coordonne le plan climat et accompagne chaque service.",
            "Coordinates the climate plan and supports every department.",
            "Coordina el plan climático y acompaña a cada servicio.",
        ),
    ),
    (
        "mobilites-espace-public",
        "city_service",
        (
            "Direction des mobilités et de l’espace public",
            "Mobility and public space department",
            "Dirección de movilidad y espacio público",
        ),
        (
            "Aménage les rues, les pistes cyclables et les places.",
            "Designs the streets, cycle lanes and squares.",
            "Acondiciona las calles, los carriles bici y las plazas.",
        ),
    ),
    (
        "batiments-energie",
        "city_service",
        (
            "Direction des bâtiments et de l’énergie",
            "Buildings and energy department",
            "Dirección de edificios y energía",
        ),
        (
            "Entretient et rénove les bâtiments de la ville.",
            "Maintains and renovates the city’s buildings.",
            "Mantiene y renueva los edificios municipales.",
        ),
    ),
    (
        "restauration-municipale",
        "city_service",
        (
            "Direction de la restauration municipale",
            "Municipal catering department",
            "Dirección de restauración municipal",
        ),
        (
            "Prépare les repas des écoles et des résidences.",
            "Cooks the meals of schools and care homes.",
            "Prepara las comidas de los colegios y residencias.",
        ),
    ),
    (
        "proprete-dechets",
        "city_service",
        (
            "Direction de la propreté et des déchets",
            "Cleanliness and waste department",
            "Dirección de limpieza y residuos",
        ),
        (
            "Organise la collecte, le tri et le réemploi.",
            "Organises collection, sorting and reuse.",
            "Organiza la recogida, la separación y la reutilización.",
        ),
    ),
    (
        "parcs-jardins",
        "city_service",
        (
            "Direction des parcs et jardins",
            "Parks and gardens department",
            "Dirección de parques y jardines",
        ),
        (
            "Plante, entretient et ouvre les espaces verts.",
            "Plants, tends and opens the green spaces.",
            "Planta, cuida y abre las zonas verdes.",
        ),
    ),
    (
        "developpement-economique",
        "city_service",
        (
            "Direction du développement économique",
            "Economic development department",
            "Dirección de desarrollo económico",
        ),
        (
            "Accompagne les commerces, les entreprises et l’emploi.",
            "Supports shops, businesses and jobs.",
            "Acompaña a comercios, empresas y empleo.",
        ),
    ),
    (
        "ccas",
        "city_service",
        (
            "Centre communal d’action sociale",
            "Municipal social action centre",
            "Centro municipal de acción social",
        ),
        (
            "Aide les habitants les plus fragiles, dont la précarité énergétique.",
            "Helps the most vulnerable residents, fuel poverty included.",
            "Ayuda a los vecinos más vulnerables, también ante la pobreza energética.",
        ),
    ),
    (
        "grand-orly-seine-bievre",
        "partner",
        (
            "Grand-Orly Seine Bièvre",
            "Grand-Orly Seine Bièvre",
            "Grand-Orly Seine Bièvre",
        ),
        (
            "Le territoire qui regroupe 24 communes, compétent pour les déchets.",
            "The territory of 24 towns, in charge of waste.",
            "El territorio de 24 municipios, competente en residuos.",
        ),
    ),
    (
        "ademe",
        "partner",
        ("ADEME", "ADEME", "ADEME"),
        (
            "L’agence de la transition écologique, qui cofinance des actions.",
            "The ecological transition agency, which co-funds actions.",
            "La agencia de transición ecológica, que cofinancia acciones.",
        ),
    ),
    (
        "ile-de-france-mobilites",
        "partner",
        (
            "Île-de-France Mobilités",
            "Île-de-France Mobilités",
            "Île-de-France Mobilités",
        ),
        (
            "L’autorité des transports en commun de la région.",
            "The region’s public transport authority.",
            "La autoridad de transporte público de la región.",
        ),
    ),
    (
        "alec",
        "partner",
        (
            "Agence locale de l’énergie et du climat",
            "Local energy and climate agency",
            "Agencia local de la energía y el clima",
        ),
        (
            "Conseille gratuitement les habitants et les copropriétés.",
            "Gives free advice to residents and co-owned buildings.",
            "Asesora gratis a vecinos y comunidades de propietarios.",
        ),
    ),
    (
        "amis-de-la-terre",
        "partner",
        (
            "Les Amis de la Terre Val-de-Marne",
            "Friends of the Earth Val-de-Marne",
            "Amigos de la Tierra Val-de-Marne",
        ),
        (
            "Association locale, partenaire des actions de nature en ville.",
            "Local association, partner of the nature actions.",
            "Asociación local, socia de las acciones de naturaleza.",
        ),
    ),
    (
        "cci-val-de-marne",
        "partner",
        (
            "Chambre de commerce du Val-de-Marne",
            "Val-de-Marne chamber of commerce",
            "Cámara de comercio del Val-de-Marne",
        ),
        (
            "Relaie les actions auprès des entreprises.",
            "Passes the actions on to businesses.",
            "Difunde las acciones entre las empresas.",
        ),
    ),
]

# Per theme, in the plan's order: lead service, partners, contact person
# (name, role fr/en/es, email, email shown publicly).
THEME_FOLLOWING = [
    (
        "mobilites-espace-public",
        ["ile-de-france-mobilites", "grand-orly-seine-bievre"],
        (
            "Inès Martin",
            (
                "Chargée de mission mobilités",
                "Mobility officer",
                "Responsable de movilidad",
            ),
            "mobilites@ville.example",
            True,
        ),
    ),
    (
        "batiments-energie",
        ["alec", "ademe"],
        (
            "Karim Haddad",
            ("Responsable énergie", "Energy manager", "Responsable de energía"),
            "k.haddad@ville.example",
            False,
        ),
    ),
    (
        "restauration-municipale",
        ["ademe"],
        (
            "Sophie Lemaire",
            ("Diététicienne", "Dietitian", "Dietista"),
            "restauration@ville.example",
            True,
        ),
    ),
    (
        "proprete-dechets",
        ["grand-orly-seine-bievre"],
        (
            "Youssef Benali",
            (
                "Chef de projet déchets",
                "Waste project lead",
                "Jefe de proyecto de residuos",
            ),
            "y.benali@ville.example",
            False,
        ),
    ),
    (
        "parcs-jardins",
        ["amis-de-la-terre"],
        (
            "Camille Petit",
            ("Responsable des jardins", "Head gardener", "Responsable de jardines"),
            "jardins@ville.example",
            True,
        ),
    ),
    (
        "developpement-economique",
        ["cci-val-de-marne"],
        (
            "Thomas Nguyen",
            (
                "Chargé de mission commerce",
                "Business officer",
                "Responsable de comercio",
            ),
            "t.nguyen@ville.example",
            False,
        ),
    ),
    (
        "ccas",
        ["alec"],
        (
            "Aïcha Traoré",
            ("Conseillère sociale", "Social adviser", "Consejera social"),
            "ccas@ville.example",
            True,
        ),
    ),
]

TASKS = [
    ("Étude et concertation", "Study and consultation", "Estudio y concertación"),
    ("Choix des prestataires", "Choice of contractors", "Elección de proveedores"),
    ("Mise en service", "Commissioning", "Puesta en marcha"),
]
STATUS_REASON = (
    "Le financement régional attendu n’est pas confirmé : la direction a placé "
    "l’action en retard sans attendre la prochaine réunion du comité.",
    "The expected regional funding is not confirmed: the department marked the "
    "action as delayed without waiting for the committee’s next meeting.",
    "La financiación regional esperada no está confirmada: la dirección marcó "
    "la acción como retrasada sin esperar a la próxima reunión del comité.",
)
NEWS = "Point d’étape : le calendrier est suivi et les prochaines étapes sont fixées."
RUNNING = ("in_progress", "delayed")


def register_texts(demo):
    """Put the follow-up's texts in the demo's catalogue before the plan's
    pages are translated: loaded again, they already hold these texts."""
    for _identifier, names in PHASES:
        demo.text(*names)
    for names in TASKS:
        demo.text(*names)
    for _slug, _organisations, (_name, role, _email, _public) in THEME_FOLLOWING:
        demo.text(*role)
    demo.text(*STATUS_REASON)


def build(demo):
    plan = demo.pages["plan"]
    today = timezone.localdate()
    organisations = build_organisations(demo)
    build_phases(demo, plan)
    fr = Locale.get_default()
    themes = list(plan.get_children().order_by("path"))
    actions = list(
        ActionPage.objects.descendant_of(plan).filter(locale=fr).order_by("path")
    )
    running = [action for action in actions if action.status in RUNNING]
    late = {action.pk for action in running[1::5][:4]}
    stale = {action.pk for action in running[3::5][:4]}
    news = french_spacing(NEWS)
    ActionUpdate.objects.filter(action__in=actions, text=news).delete()
    overridden = next(a.pk for a in actions if a.status == "delayed")
    for number, action in enumerate(actions):
        theme_number = next(
            n for n, theme in enumerate(themes) if action.path.startswith(theme.path)
        )
        follow_action(
            demo,
            action,
            THEME_FOLLOWING[theme_number],
            organisations,
            tasks_for(action.status, today, late=action.pk in late),
            coordinated=number % 2 == 0,
            reason=STATUS_REASON if action.pk == overridden else None,
        )
        if action.status in RUNNING and action.pk not in stale:
            ActionUpdate.objects.create(
                action=action,
                date=today - datetime.timedelta(days=7 + (number * 5) % 60),
                text=news,
                signed="Direction de la transition écologique",
                language="fr",
            )


def build_organisations(demo):
    t = demo.text
    fr = Locale.get_default()
    found = {}
    for slug, kind, name, description in ORGANISATIONS:
        item = Organisation.objects.filter(locale=fr, slug=slug).first() or (
            Organisation(locale=fr, slug=slug)
        )
        item.kind, item.name, item.description = kind, t(*name), t(*description)
        item.save()
        demo.translate(item)
        found[slug] = item
    return found


def build_phases(demo, plan):
    existing = {phase.identifier: phase for phase in plan.phases.all()}
    phases = []
    for identifier, names in PHASES:
        phase = existing.get(identifier) or ImplementationPhase(identifier=identifier)
        phase.name = demo.text(*names)
        phases.append(phase)
    plan.phases = phases
    plan.save_revision().publish()
    demo.translate(plan)


def tasks_for(status, today, late=False):
    """Three tasks dated around `today` as an action of `status` has them."""

    def day(offset):
        return today + datetime.timedelta(days=offset)

    if status == "done":
        plan = [(-700, -690), (-400, -410), (-120, -125)]
    elif status == "planned":
        plan = [(60, None), (180, None), (400, None)]
    elif status == "abandoned":
        plan = [(-500, -480), (-200, None), (100, None)]
    else:
        plan = [(-300, -290), (-30, None if late else -35), (200, None)]
    return [
        (names, day(due), day(done) if done is not None else None)
        for names, (due, done) in zip(TASKS, plan, strict=True)
    ]


def follow_action(demo, action, theme, organisations, tasks, coordinated, reason):
    t = demo.text
    lead, partners, (name, role, email, public) = theme
    action.responsibilities = [
        ActionResponsibility(organisation=organisations[lead], role="lead"),
        *(
            ActionResponsibility(organisation=organisations[slug], role="partner")
            for slug in partners
        ),
        *(
            [
                ActionResponsibility(
                    organisation=organisations["transition-ecologique"],
                    role="partner",
                )
            ]
            if coordinated
            else []
        ),
    ]
    action.contacts = [
        ActionContact(name=name, role=t(*role), email=email, email_public=public)
    ]
    action.tasks = [
        ActionTask(name=t(*names), due_date=due, completed_on=done)
        for names, due, done in tasks
    ]
    action.phase = PHASE_OF_STATUS[action.status]
    action.status_reason = t(*reason) if reason else ""
    action.save_revision().publish()
    demo.translate(action)
