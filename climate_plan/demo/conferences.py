"""The Climate Conferences: 2021 unveils the priorities, 2023 and 2025 take stock."""

import datetime

from climate_plan.demo import paragraph
from climate_plan.models import ConferenceIndexPage, ConferencePage


def schedule(t, items):
    return [
        (
            "schedule",
            {
                "title": "",
                "items": [
                    {
                        "start": datetime.time(*start),
                        "end": datetime.time(*end),
                        "title": t(*title),
                        "description": "",
                        "speakers": "",
                    }
                    for start, end, title in items
                ],
            },
        )
    ]


def build(demo):
    t = demo.text
    index = demo.child(
        demo.home,
        ConferenceIndexPage,
        t("conferences", "conferences", "conferencias"),
        title=t(
            "Les conférences pour le climat",
            "The climate conferences",
            "Las conferencias por el clima",
        ),
        intro=t(
            "Tous les deux ans, la ville et ses habitants font le point sur le plan d’action.",
            "Every two years, the city and its residents take stock of the action plan.",
            "Cada dos años, la ciudad y sus habitantes hacen balance del plan de acción.",
        ),
        show_in_menus=True,
        body=[],
    )
    demo.translate(index)
    editions = [
        (
            2021,
            datetime.date(2021, 12, 4),
            t(
                "Conférence pour le climat 2021",
                "Climate Conference 2021",
                "Conferencia por el clima 2021",
            ),
            t(
                "Les objectifs priorisés par le vote citoyen sont dévoilés.",
                "The objectives prioritised by the citizen vote are unveiled.",
                "Se presentan los objetivos priorizados por la votación ciudadana.",
            ),
            [
                paragraph(
                    t(
                        "Plus de 300 personnes ont participé à la conférence. Les résultats du vote "
                        "citoyen ont été présentés thème par thème et le plan d’action a été adopté.",
                        "More than 300 people took part in the conference. The results of the citizen "
                        "vote were presented theme by theme and the action plan was adopted.",
                        "Más de 300 personas participaron en la conferencia. Los resultados de la "
                        "votación ciudadana se presentaron tema por tema y se adoptó el plan de acción.",
                    )
                ),
                ("prioritised_objectives", {"title": ""}),
            ],
        ),
        (
            2023,
            datetime.date(2023, 12, 2),
            t(
                "Conférence pour le climat 2023",
                "Climate Conference 2023",
                "Conferencia por el clima 2023",
            ),
            t(
                "Premier bilan des actions engagées.",
                "A first review of the actions under way.",
                "Primer balance de las acciones emprendidas.",
            ),
            [
                paragraph(
                    t(
                        "Les comités de suivi ont présenté l’avancement de chaque thème.",
                        "The monitoring committees presented the progress of each theme.",
                        "Los comités de seguimiento presentaron el avance de cada tema.",
                    )
                ),
                ("stock_take", {"title": "", "as_of": None}),
            ],
        ),
        (
            2025,
            datetime.date(2025, 12, 6),
            t(
                "Conférence pour le climat 2025",
                "Climate Conference 2025",
                "Conferencia por el clima 2025",
            ),
            t(
                "Bilan à mi-parcours du plan d’action.",
                "Mid-term review of the action plan.",
                "Balance a mitad de recorrido del plan de acción.",
            ),
            [("stock_take", {"title": "", "as_of": None})],
        ),
    ]
    programme = [
        ((9, 30), (10, 0), ("Accueil", "Welcome", "Bienvenida")),
        (
            (10, 0),
            (11, 30),
            (
                "Présentation des résultats",
                "Presentation of the results",
                "Presentación de los resultados",
            ),
        ),
        (
            (11, 30),
            (12, 30),
            (
                "Débat avec les habitants",
                "Debate with residents",
                "Debate con los vecinos",
            ),
        ),
    ]
    for year, date, title, intro, body in editions:
        conference = demo.child(
            index,
            ConferencePage,
            str(year),
            title=title,
            intro=intro,
            edition_year=year,
            date=date,
            venue=t("Espace Robespierre", "Espace Robespierre", "Espace Robespierre"),
            address="2 rue Robespierre, 94200 Ivry-sur-Seine",
            programme=schedule(t, programme),
            body=body,
        )
        demo.translate(conference)
