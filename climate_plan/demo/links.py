"""Indicators at three levels with dated goals and parents, the actions that
affect them, and which action needs which (no loop)."""

from decimal import Decimal

from climate_plan.models import ActionDependency, ActionIndicator, IndicatorGoal

# Actions are named by their number in `data.THEMES` (1 to 43), in order.
NEEDS = {
    1: [4],  # the cycle lanes need the 30 km/h city
    7: [6],  # bus lanes on avenue de Verdun need the extended line
    11: [10, 36],  # renovating social homes needs the desk and the training
    13: [8, 11],  # the heating network follows the insulation work
    12: [8],  # solar roofs on insulated schools first
    14: [18],  # what leftovers save pays for organic food
    23: [22],  # the materials library grows out of the reuse centre
    25: [24],  # the plastic ban goes through the contract clauses
    28: [29],  # oasis yards need unsealed ground
    30: [29],
    27: [31],  # micro-forests where the wildlife survey says
    33: [32],  # the label follows the carbon audit
    34: [35],
    41: [40],  # trained staff run the Climate Frescos
    43: [42],  # readings need the sensors
}


def build(demo, actions, ghg, bike):
    """Levels, goals and parents of the indicators; links from the actions."""
    from climate_plan.demo.plan import indicator

    t = demo.text
    ghg.level = "strategic"
    ghg.goals = [
        IndicatorGoal(year=2026, value=Decimal(260)),
        IndicatorGoal(year=2030, value=Decimal(225)),
        IndicatorGoal(year=2050, value=Decimal(62)),
    ]
    ghg.save()
    demo.translate(ghg)
    transport = indicator(
        demo,
        "transport",
        t(
            "Émissions des transports",
            "Transport emissions",
            "Emisiones del transporte",
        ),
        t("ktCO2e", "ktCO2e", "ktCO2e"),
        t(
            "Émissions des déplacements de personnes et de marchandises sur le territoire.",
            "Emissions from moving people and goods within the territory.",
            "Emisiones de los desplazamientos de personas y mercancías en el territorio.",
        ),
        t(
            "Inventaire territorial (AIRPARIF)",
            "Territorial inventory (AIRPARIF)",
            "Inventario territorial (AIRPARIF)",
        ),
        2015,
        96,
        2035,
        58,
        "decrease",
        {2015: 96, 2018: 93, 2021: 86, 2024: 82},
        level="tactical",
        parent=ghg,
        goals={2030: 70},
    )
    buildings = indicator(
        demo,
        "buildings",
        t(
            "Émissions des bâtiments",
            "Building emissions",
            "Emisiones de los edificios",
        ),
        t("ktCO2e", "ktCO2e", "ktCO2e"),
        t(
            "Chauffage, eau chaude et électricité des logements et des bâtiments tertiaires.",
            "Heating, hot water and electricity of homes and service buildings.",
            "Calefacción, agua caliente y electricidad de viviendas y edificios de servicios.",
        ),
        t(
            "Inventaire territorial (AIRPARIF)",
            "Territorial inventory (AIRPARIF)",
            "Inventario territorial (AIRPARIF)",
        ),
        2015,
        142,
        2035,
        78,
        "decrease",
        {2015: 142, 2018: 138, 2021: 129, 2024: 121},
        level="tactical",
        parent=ghg,
        goals={2030: 100},
    )
    bike.level, bike.parent = "tactical", transport
    bike.goals = [IndicatorGoal(year=2030, value=Decimal(9))]
    bike.save()
    demo.translate(bike)
    lanes = indicator(
        demo,
        "lanes",
        t(
            "Pistes cyclables sécurisées",
            "Safe cycle lanes",
            "Carriles bici seguros",
        ),
        t("km", "km", "km"),
        t(
            "Longueur des pistes séparées de la circulation automobile.",
            "Length of lanes kept apart from car traffic.",
            "Longitud de carriles separados del tráfico de coches.",
        ),
        t("Services techniques", "Technical services", "Servicios técnicos"),
        2015,
        8,
        2030,
        20,
        "increase",
        {2015: 8, 2020: 9, 2023: 12.5, 2025: 14},
        level="operational",
        parent=bike,
        goals={2027: 16},
    )
    homes = indicator(
        demo,
        "homes",
        t(
            "Logements rénovés (cumul)",
            "Homes renovated (total)",
            "Viviendas renovadas (total)",
        ),
        t("logements", "homes", "viviendas"),
        t(
            "Logements rénovés au niveau « bâtiment basse consommation » depuis 2015.",
            "Homes renovated to low-energy standard since 2015.",
            "Viviendas renovadas al nivel de bajo consumo desde 2015.",
        ),
        t(
            "Guichet de la rénovation",
            "Renovation desk",
            "Ventanilla de la renovación",
        ),
        2015,
        0,
        2035,
        3000,
        "increase",
        {2019: 120, 2021: 380, 2023: 720, 2025: 1150},
        level="operational",
        parent=buildings,
        goals={2026: 1500, 2030: 2200},
    )
    canteens = indicator(
        demo,
        "canteens",
        t(
            "Produits bio et locaux dans les cantines",
            "Organic and local food in canteens",
            "Productos ecológicos y locales en los comedores",
        ),
        "%",
        t(
            "Part des achats des cantines scolaires, en valeur.",
            "Share of school canteen purchases, by value.",
            "Proporción de las compras de los comedores escolares, en valor.",
        ),
        t(
            "Restauration scolaire",
            "School catering",
            "Restauración escolar",
        ),
        2015,
        12,
        2035,
        80,
        "increase",
        {2015: 12, 2019: 21, 2022: 33, 2025: 41},
        level="operational",
        goals={2026: 50},
    )
    trees = indicator(
        demo,
        "trees",
        t(
            "Arbres plantés (cumul)",
            "Trees planted (total)",
            "Árboles plantados (total)",
        ),
        t("arbres", "trees", "árboles"),
        t(
            "Arbres plantés par la ville depuis 2021, sur l’espace public et dans les écoles.",
            "Trees planted by the city since 2021, in public spaces and schools.",
            "Árboles plantados por la ciudad desde 2021, en el espacio público y los colegios.",
        ),
        t("Service des espaces verts", "Parks department", "Servicio de parques"),
        2021,
        0,
        2030,
        5000,
        "increase",
        {2022: 600, 2023: 1300, 2024: 2100, 2025: 2700},
        level="operational",
        goals={2027: 3500},
    )
    for item in (transport, buildings, lanes, homes, canteens, trees):
        demo.translate(item)
    demo.indicators.update(
        transport=transport,
        buildings=buildings,
        lanes=lanes,
        homes=homes,
        canteens=canteens,
        trees=trees,
    )
    affects = {
        1: [lanes, bike],
        2: [bike],
        4: [transport],
        5: [transport],
        6: [transport],
        7: [transport],
        8: [buildings],
        9: [buildings],
        10: [homes],
        11: [homes, buildings],
        12: [buildings],
        13: [buildings, ghg],
        14: [canteens],
        26: [trees],
        36: [homes],
    }
    link_actions(demo, actions, affects)


def link_actions(demo, actions, affects):
    """Each action's needs and affected indicators, saved and translated."""
    by_number = dict(enumerate(actions, start=1))
    for number in sorted(set(NEEDS) | set(affects)):
        action = by_number[number]
        action.needs = [
            ActionDependency(needed=by_number[other]) for other in NEEDS.get(number, [])
        ]
        action.indicator_links = [
            ActionIndicator(indicator=item) for item in affects.get(number, [])
        ]
        action.save_revision().publish()
        demo.translate(action)
