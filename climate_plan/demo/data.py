"""The plan's demo texts: seven themes, their objectives and actions.

Each action: (fr, en, es, status, progress, expected tCO2e/yr or None).
"""

P, R, D, L, A = "planned", "in_progress", "done", "delayed", "abandoned"

THEMES = [
    {
        "title": ("Mobilités", "Mobility", "Movilidad"),
        "intro": (
            "Se déplacer autrement : marche, vélo, transports en commun.",
            "Getting around differently: walking, cycling, public transport.",
            "Desplazarse de otra manera: a pie, en bici, en transporte público.",
        ),
        "objectives": [
            (("Développer le vélo au quotidien", "Make cycling an everyday choice", "Fomentar la bici en el día a día"), 1, [
                ("Créer 12 km de pistes cyclables sécurisées", "Build 12 km of safe cycle lanes", "Crear 12 km de carriles bici seguros", R, 45, 1800),
                ("Installer 600 arceaux et deux parkings vélos sécurisés", "Install 600 bike racks and two secure bike shelters", "Instalar 600 aparcabicis y dos aparcamientos seguros", D, 100, 300),
                ("Ouvrir un atelier d’autoréparation de vélos", "Open a do-it-yourself bike repair workshop", "Abrir un taller de autorreparación de bicis", D, 100, None),
            ]),
            (("Apaiser la circulation", "Calm the traffic", "Pacificar la circulación"), 2, [
                ("Généraliser la ville à 30 km/h", "Make 30 km/h the rule across the city", "Generalizar la ciudad a 30 km/h", D, 100, 900),
                ("Créer des rues scolaires devant les écoles", "Create school streets in front of schools", "Crear calles escolares frente a los colegios", R, 60, 150),
            ]),
            (("Favoriser les transports en commun", "Promote public transport", "Favorecer el transporte público"), 3, [
                ("Demander le prolongement de la ligne de bus 325", "Seek the extension of bus line 325", "Solicitar la prolongación de la línea de autobús 325", L, 20, 1200),
                ("Aménager des couloirs de bus sur l’avenue de Verdun", "Build bus lanes on avenue de Verdun", "Construir carriles bus en la avenida de Verdun", P, 0, 700),
            ]),
        ],
    },
    {
        "title": ("Énergie et bâtiments", "Energy and buildings", "Energía y edificios"),
        "intro": (
            "Rénover les logements et les équipements, produire une énergie locale et renouvelable.",
            "Renovate homes and public buildings, produce local renewable energy.",
            "Renovar viviendas y equipamientos, producir energía local y renovable.",
        ),
        "objectives": [
            (("Rénover les bâtiments municipaux", "Renovate the city’s buildings", "Renovar los edificios municipales"), 1, [
                ("Isoler les 10 écoles les plus énergivores", "Insulate the 10 most energy-hungry schools", "Aislar las 10 escuelas que más energía consumen", R, 40, 2600),
                ("Passer l’éclairage public en LED", "Switch street lighting to LED", "Cambiar el alumbrado público a LED", D, 100, 800),
            ]),
            (("Accompagner la rénovation des logements", "Support home renovation", "Acompañar la renovación de viviendas"), 2, [
                ("Ouvrir un guichet unique de la rénovation", "Open a one-stop renovation desk", "Abrir una ventanilla única de renovación", D, 100, 4000),
                ("Rénover 1 500 logements sociaux avec les bailleurs", "Renovate 1,500 social homes with the landlords", "Renovar 1.500 viviendas sociales con los arrendadores", R, 30, 9000),
            ]),
            (("Développer les énergies renouvelables", "Expand renewable energy", "Desarrollar las energías renovables"), 3, [
                ("Équiper les toits municipaux de panneaux solaires", "Put solar panels on the city’s roofs", "Instalar paneles solares en los tejados municipales", R, 25, 1100),
                ("Étendre le réseau de chaleur géothermique", "Extend the geothermal heating network", "Ampliar la red de calor geotérmica", P, 0, 14000),
            ]),
            (("Lutter contre la précarité énergétique", "Fight fuel poverty", "Luchar contra la pobreza energética"), None, []),
        ],
    },
    {
        "title": ("Alimentation", "Food", "Alimentación"),
        "intro": (
            "Mieux manger, local et de saison, pour toutes et tous.",
            "Better food, local and seasonal, for everyone.",
            "Comer mejor, local y de temporada, para todos.",
        ),
        "objectives": [
            (("Une restauration scolaire durable", "Sustainable school meals", "Comedores escolares sostenibles"), 1, [
                ("Servir 50 % de produits bio et locaux dans les cantines", "Serve 50 % organic and local food in school canteens", "Servir un 50 % de productos ecológicos y locales en los comedores", R, 70, 600),
                ("Proposer un repas végétarien quotidien au choix", "Offer a daily vegetarian option", "Ofrecer un menú vegetariano diario a elegir", D, 100, 400),
            ]),
            (("Soutenir l’agriculture urbaine", "Support urban farming", "Apoyar la agricultura urbana"), 2, [
                ("Créer trois jardins partagés", "Create three shared gardens", "Crear tres huertos compartidos", D, 100, None),
                ("Installer une ferme urbaine sur le toit du marché", "Set up an urban farm on the market roof", "Instalar una granja urbana en el tejado del mercado", L, 10, 50),
            ]),
            (("Réduire le gaspillage alimentaire", "Cut food waste", "Reducir el desperdicio alimentario"), 3, [
                ("Peser et réduire les restes dans les cantines", "Weigh and reduce leftovers in canteens", "Pesar y reducir las sobras en los comedores", R, 50, 200),
                ("Soutenir les épiceries solidaires", "Support community grocery shops", "Apoyar las tiendas solidarias", P, 0, None),
            ]),
        ],
    },
    {
        "title": ("Déchets et consommation", "Waste and consumption", "Residuos y consumo"),
        "intro": (
            "Moins jeter, mieux trier, réparer et réemployer.",
            "Throw away less, sort better, repair and reuse.",
            "Tirar menos, separar mejor, reparar y reutilizar.",
        ),
        "objectives": [
            (("Réduire les déchets à la source", "Reduce waste at source", "Reducir los residuos en origen"), 2, [
                ("Distribuer 2 000 composteurs et lombricomposteurs", "Hand out 2,000 compost bins and wormeries", "Repartir 2.000 compostadores y vermicompostadores", R, 55, 500),
                ("Organiser un Repair Café mensuel", "Run a monthly Repair Café", "Organizar un Repair Café mensual", D, 100, None),
            ]),
            (("Développer le réemploi", "Develop reuse", "Desarrollar la reutilización"), 1, [
                ("Ouvrir une ressourcerie municipale", "Open a municipal reuse centre", "Abrir un centro municipal de reutilización", P, 0, 300),
                ("Créer une matériauthèque pour les chantiers", "Create a building-materials library", "Crear una materioteca para las obras", A, 0, 400),
            ]),
            (("Une commande publique responsable", "Responsible public procurement", "Una contratación pública responsable"), 3, [
                ("Inscrire des clauses environnementales dans tous les marchés", "Write environmental clauses into every public contract", "Incluir cláusulas ambientales en todos los contratos", R, 35, 800),
                ("Supprimer le plastique jetable des événements municipaux", "Ban single-use plastic from city events", "Eliminar el plástico desechable de los eventos municipales", D, 100, 50),
            ]),
        ],
    },
    {
        "title": ("Nature et biodiversité en ville", "Nature and biodiversity in the city", "Naturaleza y biodiversidad en la ciudad"),
        "intro": (
            "Plus d’arbres, de fraîcheur et de vivant dans chaque quartier.",
            "More trees, cool spaces and wildlife in every neighbourhood.",
            "Más árboles, frescor y vida en cada barrio.",
        ),
        "objectives": [
            (("Planter et protéger les arbres", "Plant and protect trees", "Plantar y proteger los árboles"), 1, [
                ("Planter 5 000 arbres d’ici 2030", "Plant 5,000 trees by 2030", "Plantar 5.000 árboles de aquí a 2030", R, 35, 250),
                ("Créer des micro-forêts dans trois quartiers", "Create micro-forests in three neighbourhoods", "Crear microbosques en tres barrios", D, 100, 30),
            ]),
            (("Créer des îlots de fraîcheur", "Create cool islands", "Crear islas de frescor"), 2, [
                ("Transformer les cours d’école en cours oasis", "Turn schoolyards into green “oasis” yards", "Transformar los patios escolares en patios oasis", R, 40, None),
                ("Désimperméabiliser 3 hectares de sols", "Unseal 3 hectares of ground", "Desimpermeabilizar 3 hectáreas de suelo", P, 0, None),
            ]),
            (("Reconquérir les berges de Seine", "Reclaim the Seine riverbanks", "Recuperar las orillas del Sena"), 3, [
                ("Aménager une promenade plantée le long de la Seine", "Build a planted walkway along the Seine", "Construir un paseo arbolado a lo largo del Sena", L, 15, None),
                ("Recenser la faune et la flore avec les habitants", "Survey wildlife and plants with residents", "Censar la fauna y la flora con los vecinos", D, 100, None),
            ]),
        ],
    },
    {
        "title": ("Économie et emploi", "Economy and jobs", "Economía y empleo"),
        "intro": (
            "Une économie locale, sociale et bas carbone, qui crée des emplois.",
            "A local, social, low-carbon economy that creates jobs.",
            "Una economía local, social y baja en carbono que crea empleo.",
        ),
        "objectives": [
            (("Accompagner les entreprises dans la transition", "Help businesses through the transition", "Acompañar a las empresas en la transición"), 1, [
                ("Proposer un diagnostic carbone gratuit aux commerces", "Offer shops a free carbon audit", "Ofrecer un diagnóstico de carbono gratuito a los comercios", R, 30, 1500),
                ("Créer un label « commerce engagé »", "Create a “committed shop” label", "Crear un sello de «comercio comprometido»", P, 0, None),
            ]),
            (("Développer l’économie sociale et solidaire", "Grow the social and solidarity economy", "Desarrollar la economía social y solidaria"), 2, [
                ("Ouvrir un tiers-lieu de l’économie circulaire", "Open a circular-economy hub", "Abrir un espacio de economía circular", R, 50, 200),
                ("Soutenir la création de coopératives", "Support new cooperatives", "Apoyar la creación de cooperativas", D, 100, None),
            ]),
            (("Former aux métiers de la transition", "Train for transition jobs", "Formar en los oficios de la transición"), 3, [
                ("Créer une formation à la rénovation énergétique", "Set up energy-renovation training", "Crear una formación en renovación energética", P, 0, None),
                ("Accueillir 50 apprentis dans les services techniques", "Take on 50 apprentices in technical services", "Acoger a 50 aprendices en los servicios técnicos", R, 40, None),
            ]),
        ],
    },
    {
        "title": ("Solidarité, santé et éducation", "Solidarity, health and education", "Solidaridad, salud y educación"),
        "intro": (
            "Une transition juste, qui protège les plus fragiles et donne à chacun les moyens d’agir.",
            "A fair transition that protects the most vulnerable and gives everyone the means to act.",
            "Una transición justa que protege a los más vulnerables y da a todos los medios para actuar.",
        ),
        "objectives": [
            (("Protéger des fortes chaleurs", "Protect people from heatwaves", "Proteger frente al calor extremo"), 1, [
                ("Ouvrir des salles rafraîchies pendant les canicules", "Open cooled rooms during heatwaves", "Abrir salas refrigeradas durante las olas de calor", D, 100, None),
                ("Appeler chaque été les personnes isolées", "Call isolated people every summer", "Llamar cada verano a las personas aisladas", D, 100, None),
            ]),
            (("Éduquer à l’environnement", "Environmental education", "Educar en medio ambiente"), 2, [
                ("Former 100 % des animateurs périscolaires au climat", "Train every after-school worker on the climate", "Formar en clima a todos los monitores extraescolares", R, 60, None),
                ("Organiser des Fresques du climat dans les écoles", "Run Climate Fresco workshops in schools", "Organizar Murales del clima en las escuelas", R, 50, None),
            ]),
            (("Améliorer la qualité de l’air", "Improve air quality", "Mejorar la calidad del aire"), 3, [
                ("Installer des capteurs de qualité de l’air près des écoles", "Install air-quality sensors near schools", "Instalar sensores de calidad del aire cerca de las escuelas", P, 0, None),
                ("Publier chaque mois les mesures de pollution", "Publish pollution readings every month", "Publicar cada mes las mediciones de contaminación", A, 0, None),
            ]),
        ],
    },
]

UPDATES = {
    P: [],
    R: [
        ("Le projet est lancé : études et concertation en cours.", 2022, 3, 15, "in_progress", 10),
        ("Premiers travaux réalisés ; le calendrier est tenu.", 2023, 10, 2, "", None),
    ],
    D: [
        ("Le projet est lancé.", 2022, 2, 1, "in_progress", 20),
        ("L’action est terminée ; un bilan sera présenté au comité.", 2023, 6, 20, "done", 100),
    ],
    L: [
        ("Le projet est lancé.", 2022, 5, 10, "in_progress", 10),
        ("Retard : le financement attendu n’est pas encore confirmé.", 2024, 2, 12, "delayed", None),
    ],
    A: [
        ("L’action est abandonnée : le site prévu n’est plus disponible.", 2023, 9, 5, "abandoned", None),
    ],
}

COMMITTEE_MEMBERS = [
    # (name, college, organisation, consents to publish)
    ("Nadia Benali", "residents", "", True),
    ("Pierre Morel", "residents", "", False),
    ("Awa Diallo", "residents", "", True),
    ("Les Amis de la Terre Val-de-Marne", "associations", "", True),
    ("Julien Roche", "agents", "Service environnement", True),
    ("Claire Lambert", "elected", "Adjointe au climat", True),
    ("Marc Dupuis", "actors", "Chambre de commerce", False),
]
