"""Demo: five pledge actions in three languages, a page to pledge on, and
pledges across Ivry's neighbourhoods. Running it again changes nothing."""

from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from climate_plan.models import Neighbourhood
from home.models import ContentPage
from pledges.identity import identity_of
from pledges.models import Pledge, PledgeAction

ACTIONS = [
    (
        (
            "Je vais au travail à vélo",
            "I will cycle to work",
            "Iré al trabajo en bicicleta",
        ),
        (
            "Au moins trois jours par semaine, au lieu de la voiture.",
            "At least three days a week, instead of the car.",
            "Al menos tres días por semana, en lugar del coche.",
        ),
        "340",
        (
            "Autant que deux allers-retours Ivry–Marseille en voiture.",
            "As much as driving from Ivry to Marseille and back twice.",
            "Tanto como dos viajes de ida y vuelta Ivry–Marsella en coche.",
        ),
    ),
    (
        (
            "Je mange végétarien deux jours par semaine",
            "I will eat vegetarian two days a week",
            "Comeré vegetariano dos días por semana",
        ),
        ("", "", ""),
        "250",
        (
            "Les émissions de chauffage d’un studio d’Ivry pendant un hiver.",
            "The heating emissions of a studio flat in Ivry for a winter.",
            "Las emisiones de calefacción de un estudio de Ivry durante un invierno.",
        ),
    ),
    (
        (
            "Je baisse mon chauffage à 19 °C",
            "I will set my heating to 19 °C",
            "Bajaré la calefacción a 19 °C",
        ),
        ("", "", ""),
        "180",
        (
            "Un trajet Ivry–Lille et retour en voiture.",
            "Driving from Ivry to Lille and back.",
            "Un viaje de ida y vuelta Ivry–Lille en coche.",
        ),
    ),
    (
        (
            "Je composte mes biodéchets",
            "I will compost my food waste",
            "Compostaré mis residuos orgánicos",
        ),
        (
            "Au composteur de mon quartier ou dans mon immeuble.",
            "In my neighbourhood's composter or in my building.",
            "En el compostador de mi barrio o en mi edificio.",
        ),
        "60",
        (
            "Ce que la benne à ordures du quartier ne transporte plus sur 1 000 km.",
            "What the neighbourhood bin lorry no longer carries over 1,000 km.",
            "Lo que el camión de basura del barrio ya no transporta en 1.000 km.",
        ),
    ),
    (
        (
            "Je répare avant de racheter",
            "I will repair before buying again",
            "Repararé antes de volver a comprar",
        ),
        (
            "Au Repair Café de la médiathèque, par exemple.",
            "At the library's Repair Café, for instance.",
            "En el Repair Café de la mediateca, por ejemplo.",
        ),
        "120",
        (
            "La fabrication d’un smartphone neuf, deux fois.",
            "Making a new smartphone, twice.",
            "La fabricación de un teléfono nuevo, dos veces.",
        ),
    ),
]


def pledge_actions(demo):
    t = demo.text
    fr = Locale.get_default()
    actions = []
    for order, (title, description, kg, comparison) in enumerate(ACTIONS):
        item = PledgeAction.objects.filter(locale=fr, sort_order=order).first()
        item = item or PledgeAction(locale=fr, sort_order=order)
        item.title = t(*title)
        item.description = t(*description) if description[0] else ""
        item.kg_co2e_per_year = Decimal(kg)
        item.comparison = t(*comparison)
        item.save()
        demo.translate(item)
        actions.append(item)
    return actions


def pledges(actions):
    """A few dozen residents per neighbourhood, each pledging some actions."""
    now = timezone.now()
    made = []
    neighbourhoods = [*Neighbourhood.objects.order_by("name"), None]
    for i, neighbourhood in enumerate(neighbourhoods):
        slug = neighbourhood.slug if neighbourhood else "ailleurs"
        people = 3 if neighbourhood is None else 6 + (i * 7) % 11
        for person in range(people):
            identity = identity_of(f"demo-{slug}-{person}@example.org")
            for j, action in enumerate(actions):
                if (person + i + j) % 3 == 0:
                    continue
                made.append(
                    Pledge(
                        action=action,
                        neighbourhood=neighbourhood,
                        postcode="94200" if neighbourhood else "75013",
                        identity=identity,
                        confirmed_at=now,
                    )
                )
    Pledge.objects.bulk_create(made, ignore_conflicts=True)


def build(demo):
    t = demo.text
    actions = pledge_actions(demo)
    pledges(actions)
    page = demo.child(
        demo.home,
        ContentPage,
        t("je-m-engage", "i-pledge", "me-comprometo"),
        title=t("Je m’engage", "I pledge", "Me comprometo"),
        intro=t(
            "Chacun peut agir à son échelle : choisissez un geste et dites-le.",
            "Everyone can act at their own scale: choose an action and say so.",
            "Cada uno puede actuar a su escala: elija un gesto y dígalo.",
        ),
        body=[
            (
                "pledge",
                {
                    "heading": t(
                        "Les engagements des habitants",
                        "Residents' pledges",
                        "Los compromisos de los vecinos",
                    ),
                    "intro": t(
                        "Un engagement par geste et par personne, avec un compte ou "
                        "avec votre adresse email.",
                        "One pledge per action and per person, with an account or "
                        "with your email address.",
                        "Un compromiso por gesto y por persona, con una cuenta o "
                        "con su dirección de correo.",
                    ),
                },
            )
        ],
        show_in_menus=False,
    )
    demo.translate(page)
