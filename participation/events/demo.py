"""Events: the summer 2021 caravan stops, the 13 workshops of autumn 2021 and a
few upcoming events."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import slugify

from climate_plan.models import Neighbourhood
from home.demo.pictures import card_picture
from participation.models import EventIndexPage, EventPage

PARIS = ZoneInfo("Europe/Paris")
NEIGHBOURHOODS = [
    "Centre-ville",
    "Ivry-Port",
    "Petit-Ivry",
    "Plateau",
    "Louis-Bertrand",
    "Gagarine-Truillot",
    "Confluence",
]
CARAVAN = [
    (datetime.date(2021, 7, 3), "Marché du centre-ville", "Centre-ville"),
    (datetime.date(2021, 7, 10), "Parc des Cormailles", "Petit-Ivry"),
    (datetime.date(2021, 7, 17), "Place Gambetta", "Ivry-Port"),
    (datetime.date(2021, 7, 24), "Square Gagarine", "Gagarine-Truillot"),
    (datetime.date(2021, 8, 28), "Marché du Plateau", "Plateau"),
    (datetime.date(2021, 9, 4), "Berges de Seine", "Confluence"),
]
WORKSHOP_TOPICS = [
    (
        "Se déplacer autrement",
        "Getting around differently",
        "Desplazarse de otra manera",
    ),
    ("Rénover nos logements", "Renovating our homes", "Renovar nuestras viviendas"),
    ("Bien manger pour tous", "Good food for everyone", "Comer bien para todos"),
    ("Moins de déchets", "Less waste", "Menos residuos"),
    ("La nature en ville", "Nature in the city", "La naturaleza en la ciudad"),
    (
        "Une économie locale et solidaire",
        "A local, solidarity economy",
        "Una economía local y solidaria",
    ),
    ("Santé et climat", "Health and climate", "Salud y clima"),
    (
        "Les jeunes et le climat",
        "Young people and the climate",
        "Los jóvenes y el clima",
    ),
    ("Énergies renouvelables", "Renewable energy", "Energías renovables"),
    ("Consommer autrement", "Consuming differently", "Consumir de otra manera"),
    ("Se protéger des canicules", "Coping with heatwaves", "Protegerse del calor"),
    ("Commerces et climat", "Shops and the climate", "Comercios y clima"),
    (
        "Synthèse des propositions",
        "Pulling the proposals together",
        "Síntesis de las propuestas",
    ),
]


def build(demo):
    t = demo.text
    neighbourhoods = {}
    for name in NEIGHBOURHOODS:
        neighbourhoods[name], _ = Neighbourhood.objects.get_or_create(
            slug=slugify(name), defaults={"name": name}
        )
    index = demo.child(
        demo.home,
        EventIndexPage,
        t("agenda", "events", "agenda"),
        title=t("Agenda", "Events", "Agenda"),
        intro=t(
            "Ateliers, caravane citoyenne, fresques du climat, réunions publiques : venez participer.",
            "Workshops, citizen caravan, climate frescoes, public meetings: come and take part.",
            "Talleres, caravana ciudadana, murales del clima, reuniones públicas: venga a participar.",
        ),
        show_in_menus=True,
        body=[],
    )
    demo.translate(index)
    access = t(
        "Lieu accessible aux personnes en fauteuil roulant.",
        "Step-free access for wheelchair users.",
        "Lugar accesible en silla de ruedas.",
    )
    for day, place, area in CARAVAN:
        event(
            demo,
            index,
            "caravan",
            day,
            (14, 0),
            (18, 0),
            (
                f"Caravane citoyenne — {place}",
                f"Citizen caravan — {place}",
                f"Caravana ciudadana — {place}",
            ),
            (f"caravane-{day:%m-%d}", f"caravan-{day:%m-%d}", f"caravana-{day:%m-%d}"),
            place,
            neighbourhoods[area],
            access,
            outcomes=html(
                t(
                    "Les propositions recueillies ont rejoint la plateforme.",
                    "The proposals collected were added to the platform.",
                    "Las propuestas recogidas se añadieron a la plataforma.",
                )
            ),
        )
    first = datetime.date(2021, 9, 14)
    for number, topic in enumerate(WORKSHOP_TOPICS):
        day = first + datetime.timedelta(days=3 * number + (number // 2))
        area = NEIGHBOURHOODS[number % len(NEIGHBOURHOODS)]
        event(
            demo,
            index,
            "workshop",
            day,
            (18, 30),
            (21, 0),
            (f"Atelier : {topic[0]}", f"Workshop: {topic[1]}", f"Taller: {topic[2]}"),
            (f"atelier-{number + 1}", f"workshop-{number + 1}", f"taller-{number + 1}"),
            "Maison de quartier",
            neighbourhoods[area],
            access,
            outcomes=html(
                t(
                    "Une vingtaine de propositions ont été formulées.",
                    "About twenty proposals were drawn up.",
                    "Se formularon una veintena de propuestas.",
                )
            ),
        )
    today = timezone.localdate()
    upcoming = [
        (
            "fresco",
            12,
            (t("Fresque du climat", "Climate fresco", "Mural del clima"),),
            "fresque",
            "fresco",
            "mural",
            "Petit-Ivry",
        ),
        (
            "meeting",
            26,
            (
                t(
                    "Réunion publique : bilan annuel",
                    "Public meeting: annual review",
                    "Reunión pública: balance anual",
                ),
            ),
            "reunion-publique",
            "public-meeting",
            "reunion-publica",
            "Centre-ville",
        ),
        (
            "workshop",
            40,
            (
                t(
                    "Atelier : végétaliser ma rue",
                    "Workshop: greening my street",
                    "Taller: verdear mi calle",
                ),
            ),
            "atelier-vegetaliser",
            "workshop-greening",
            "taller-verdear",
            "Ivry-Port",
        ),
    ]
    for kind, days, (title,), s_fr, s_en, s_es, area in upcoming:
        day = today + datetime.timedelta(days=days)
        event(
            demo,
            index,
            kind,
            day,
            (18, 30),
            (20, 30),
            (
                title,
                demo.catalogue.lookup(title, "en"),
                demo.catalogue.lookup(title, "es"),
            ),
            (s_fr, s_en, s_es),
            "Maison de quartier",
            neighbourhoods[area],
            access,
            registration="https://example.org/inscription",
        )


def html(text):
    return f"<p>{text}</p>"


EVENT_COLOURS = {
    "workshop": "#0b6e4f",
    "caravan": "#8a5a00",
    "fresco": "#1f4e8c",
    "meeting": "#7b2d6b",
    "conference": "#9c3b1b",
}


def event(
    demo,
    index,
    kind,
    day,
    start,
    end,
    title,
    slugs,
    place,
    neighbourhood,
    access,
    outcomes="",
    registration="",
):
    t = demo.text
    page = demo.child(
        index,
        EventPage,
        t(*slugs),
        title=t(*title),
        intro="",
        event_type=kind,
        start=datetime.datetime.combine(day, datetime.time(*start), PARIS),
        end=datetime.datetime.combine(day, datetime.time(*end), PARIS),
        place=t(
            place,
            {"Maison de quartier": "Community centre"}.get(place, place),
            {"Maison de quartier": "Centro vecinal"}.get(place, place),
        ),
        address="",
        neighbourhood=neighbourhood,
        accessibility=access,
        registration_url=registration,
        outcomes=outcomes,
        image=card_picture(
            f"Rendez-vous : {slugs[0]}", EVENT_COLOURS.get(kind, "#0b6e4f")
        ),
        body=[],
    )
    demo.translate(page)
    return page
