"""The evolving exhibition: six panels, two of them published recently."""

import datetime

from django.utils import timezone

from climate_plan.demo import paragraph, slug
from climate_plan.models import ExhibitionPage, ExhibitPanelPage
from home.demo.pictures import card_picture, colour_for

PANELS = [
    # (title fr/en/es, text fr/en/es, days since publication)
    (
        (
            "Le climat change, Ivry aussi",
            "The climate is changing, so is Ivry",
            "El clima cambia, Ivry también",
        ),
        (
            "Canicules, orages, sécheresses : ce que le dérèglement climatique change déjà dans notre ville.",
            "Heatwaves, storms, droughts: what climate breakdown already changes in our city.",
            "Olas de calor, tormentas, sequías: lo que el cambio climático ya cambia en nuestra ciudad.",
        ),
        1500,
    ),
    (
        (
            "D’où viennent nos émissions ?",
            "Where do our emissions come from?",
            "¿De dónde vienen nuestras emisiones?",
        ),
        (
            "Bâtiments, transports, alimentation, consommation : le bilan carbone du territoire.",
            "Buildings, transport, food, consumption: the territory’s carbon footprint.",
            "Edificios, transporte, alimentación, consumo: la huella de carbono del territorio.",
        ),
        1480,
    ),
    (
        (
            "Ce que la ville a déjà fait",
            "What the city has already done",
            "Lo que la ciudad ya ha hecho",
        ),
        (
            "Réseau de chaleur, rénovation des écoles, cantines bio : le bilan de l’action engagée.",
            "Heating network, school renovation, organic canteens: what has been done so far.",
            "Red de calor, renovación de escuelas, comedores ecológicos: el balance de lo emprendido.",
        ),
        1460,
    ),
    (
        ("Vos propositions", "Your proposals", "Sus propuestas"),
        (
            "565 propositions recueillies en ligne, par la caravane et dans les ateliers.",
            "565 proposals collected online, by the caravan and in the workshops.",
            "565 propuestas recogidas en línea, con la caravana y en los talleres.",
        ),
        1420,
    ),
    (
        (
            "Le bilan à mi-parcours",
            "The mid-term review",
            "El balance a mitad de recorrido",
        ),
        (
            "Où en sont les actions du plan ? Le point dressé par les comités de suivi.",
            "Where do the plan’s actions stand? The monitoring committees take stock.",
            "¿En qué punto están las acciones del plan? El balance de los comités de seguimiento.",
        ),
        10,
    ),
    (
        (
            "Cet été, restons au frais",
            "This summer, keep cool",
            "Este verano, mantengámonos frescos",
        ),
        (
            "Îlots de fraîcheur, cours oasis, salles rafraîchies : la ville face aux canicules.",
            "Cool islands, oasis schoolyards, cooled rooms: the city faces heatwaves.",
            "Islas de frescor, patios oasis, salas refrigeradas: la ciudad frente al calor.",
        ),
        3,
    ),
]


def build(demo):
    t = demo.text
    exhibition = demo.child(
        demo.home,
        ExhibitionPage,
        t("exposition", "exhibition", "exposicion"),
        title=t(
            "L’exposition évolutive",
            "The evolving exhibition",
            "La exposición evolutiva",
        ),
        intro=t(
            "Une exposition qui s’enrichit au fil de la démarche : de nouveaux panneaux à chaque étape.",
            "An exhibition that grows as the approach goes on: new panels at every step.",
            "Una exposición que crece a lo largo del proceso: nuevos paneles en cada etapa.",
        ),
        show_in_menus=True,
        venue=t(
            "Hall de l’hôtel de ville", "Town hall lobby", "Vestíbulo del ayuntamiento"
        ),
        address="Esplanade Georges-Marrane, 94200 Ivry-sur-Seine",
        opening_hours=t(
            "Du lundi au vendredi, de 8 h 30 à 17 h 30 ; le samedi de 8 h 30 à 12 h.",
            "Monday to Friday, 8.30 am to 5.30 pm; Saturday 8.30 am to noon.",
            "De lunes a viernes, de 8:30 a 17:30; los sábados de 8:30 a 12:00.",
        ),
        start_date=datetime.date(2021, 9, 1),
        end_date=None,
        new_badge_days=30,
        body=[],
    )
    demo.translate(exhibition)
    demo.pages["exhibition"] = exhibition
    now = timezone.now()
    for number, (title, text, days) in enumerate(PANELS):
        panel = demo.child(
            exhibition,
            ExhibitPanelPage,
            slug(demo, *title),
            title=t(*title),
            intro=t(*text),
            image=card_picture(f"Panneau : {title[0]}", colour_for(number + 1)),
            body=[paragraph(t(*text))],
        )
        demo.translate(panel)
        published = now - datetime.timedelta(days=days)
        ExhibitPanelPage.objects.filter(translation_key=panel.translation_key).update(
            first_published_at=published
        )
