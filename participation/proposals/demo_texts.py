"""Hand-written material the demo proposals are assembled from.

Each topic has titles with slots ({school}, {street}, {park}, {place}) and a
few sentences: a proposal's text is a situation, a request and a benefit, so
565 of them read like residents wrote them. Mostly French, some English and
Spanish, as in the real consultation.
"""

PLACES = {
    "school": [
        "l’école Joliot-Curie",
        "l’école Makarenko",
        "l’école Barbusse",
        "l’école Dolet",
        "l’école Guy-Môquet",
        "le collège Molière",
        "le collège Politzer",
        "l’école Thorez",
    ],
    "street": [
        "la rue Marat",
        "l’avenue Georges-Gosnat",
        "la rue Jean-Jacques-Rousseau",
        "le boulevard de Brandebourg",
        "la rue Raspail",
        "l’avenue de Verdun",
        "la rue Lénine",
        "la rue Victor-Hugo",
        "le quai Marcel-Boyer",
    ],
    "park": [
        "le parc des Cormailles",
        "le square Robespierre",
        "le parc Maurice-Thorez",
        "le square Galilée",
        "les berges de Seine",
        "le square de la Mairie",
    ],
    "place": [
        "la place Voltaire",
        "le marché du centre",
        "la gare RER",
        "la médiathèque",
        "le centre commercial Quais d’Ivry",
        "la maison de quartier",
        "l’hôtel de ville",
    ],
}

EN_PLACES = {
    "school": [
        "the Joliot-Curie school",
        "the Molière secondary school",
        "the Dolet school",
    ],
    "street": ["rue Marat", "avenue Georges-Gosnat", "the Seine embankment"],
    "park": ["the Cormailles park", "Robespierre square", "the Seine banks"],
    "place": ["the RER station", "the town hall", "the central market"],
}

ES_PLACES = {
    "school": ["la escuela Joliot-Curie", "el colegio Molière", "la escuela Dolet"],
    "street": ["la calle Marat", "la avenida Georges-Gosnat", "el muelle Marcel-Boyer"],
    "park": [
        "el parque de los Cormailles",
        "la plaza Robespierre",
        "las orillas del Sena",
    ],
    "place": ["la estación RER", "el ayuntamiento", "el mercado central"],
}

# topic: keywords that recognise a theme of the plan by its title or slug
TOPIC_KEYWORDS = {
    "mobility": ["mobil", "transport", "déplacement", "vélo", "velo"],
    "energy": ["énergie", "energie", "bâtiment", "batiment", "logement", "rénov"],
    "nature": [
        "nature",
        "végétal",
        "vegetal",
        "biodiversité",
        "biodiversite",
        "espace",
        "eau",
    ],
    "food": ["aliment", "agricult", "nourri", "restaur"],
    "economy": ["emploi", "économie", "economie", "commerce"],
    "waste": ["déchet", "dechet", "consomm", "circulaire"],
    "solidarity": ["solidar", "santé", "sante", "social", "justice", "éduc", "educ"],
    "participation": [
        "citoyen",
        "démocrat",
        "democrat",
        "sensibil",
        "culture",
        "ensemble",
    ],
}

FR = {
    "mobility": {
        "titles": [
            "Installer des arceaux vélos devant {school}",
            "Une piste cyclable sécurisée sur {street}",
            "Rue aux écoles devant {school}",
            "Zone 30 dans tout le quartier autour de {place}",
            "Un atelier de réparation de vélos près de {place}",
            "Des bancs et de l’ombre sur le chemin de {place}",
            "Plus de bus le soir vers {place}",
            "Un garage à vélos sécurisé à {place}",
            "Élargir les trottoirs de {street}",
            "Des navettes électriques pour les personnes âgées",
        ],
        "situations": [
            "Aujourd’hui, les parents déposent leurs enfants en voiture faute de solution sûre.",
            "Les cyclistes roulent au milieu des voitures et beaucoup renoncent à prendre le vélo.",
            "Le matin, les abords sont encombrés et l’air y est mauvais.",
            "Il n’y a presque pas d’endroit où attacher un vélo sans risquer le vol.",
            "Les piétons doivent marcher sur la chaussée à plusieurs endroits.",
        ],
        "benefits": [
            "Cela réduirait les trajets en voiture et rendrait la rue aux enfants.",
            "Beaucoup de voisins seraient prêts à laisser la voiture si c’était sûr.",
            "On gagnerait en sécurité, en calme et en qualité de l’air.",
        ],
    },
    "energy": {
        "titles": [
            "Des panneaux solaires sur le toit de {school}",
            "Aider les copropriétés à isoler leurs immeubles",
            "Éteindre les vitrines et enseignes la nuit",
            "Un guichet unique pour la rénovation énergétique",
            "Une coopérative citoyenne d’énergie solaire",
            "Baisser le chauffage des bâtiments municipaux d’un degré",
            "Des thermographies gratuites des logements du quartier",
            "Raccorder {school} au réseau de chaleur",
            "Des ateliers pour réduire sa facture d’énergie à {place}",
        ],
        "situations": [
            "Beaucoup de logements sont des passoires thermiques et les factures explosent.",
            "Les toits plats des bâtiments publics sont inutilisés.",
            "Les habitants ne savent pas à qui s’adresser pour les aides à la rénovation.",
            "Des bâtiments restent éclairés et chauffés alors qu’ils sont vides.",
        ],
        "benefits": [
            "Ce serait bon pour le climat et pour le pouvoir d’achat des familles.",
            "La ville montrerait l’exemple et les habitants suivraient.",
            "Les économies pourraient financer d’autres actions du plan.",
        ],
    },
    "nature": {
        "titles": [
            "Planter des arbres le long de {street}",
            "Végétaliser la cour de {school}",
            "Un jardin partagé dans {park}",
            "Des fontaines à eau dans {park}",
            "Laisser des zones de prairie non tondues dans {park}",
            "Des îlots de fraîcheur près de {place}",
            "Désimperméabiliser le parking de {place}",
            "Des nichoirs et hôtels à insectes dans {park}",
            "Ouvrir les cours d’école le week-end comme jardins",
        ],
        "situations": [
            "L’été, la chaleur devient insupportable dans ce secteur très minéral.",
            "Il y a peu d’ombre et les enfants ne peuvent plus jouer dehors l’après-midi.",
            "Le bitume recouvre tout et l’eau de pluie part directement aux égouts.",
            "Les oiseaux et les insectes disparaissent du quartier.",
        ],
        "benefits": [
            "Cela rafraîchirait le quartier et redonnerait de la place au vivant.",
            "Les habitants pourraient participer aux plantations et à l’entretien.",
            "Ce serait un lieu de rencontre entre voisins.",
        ],
    },
    "food": {
        "titles": [
            "Plus de bio et de local à la cantine de {school}",
            "Un marché de producteurs à {place}",
            "Un repas végétarien de plus par semaine dans les cantines",
            "Une épicerie solidaire près de {place}",
            "Des poulaillers partagés dans les résidences",
            "Une ferme urbaine sur les berges",
            "Lutter contre le gaspillage à la cantine de {school}",
            "Des cours de cuisine de saison à la maison de quartier",
        ],
        "situations": [
            "Beaucoup de familles n’ont pas accès à des produits frais à un prix abordable.",
            "À la cantine, une grande partie des repas finit à la poubelle.",
            "Les producteurs d’Île-de-France ont du mal à vendre en ville.",
        ],
        "benefits": [
            "On mangerait mieux tout en réduisant les émissions liées à l’alimentation.",
            "Cela soutiendrait l’agriculture de proximité.",
            "Les enfants apprendraient d’où vient ce qu’ils mangent.",
        ],
    },
    "waste": {
        "titles": [
            "Des composteurs collectifs dans {park}",
            "Une recyclerie près de {place}",
            "Plus de poubelles de tri dans {park}",
            "Une journée mensuelle de réparation à {place}",
            "Interdire le plastique jetable dans les fêtes municipales",
            "Une boîte à dons dans chaque quartier",
            "Collecter les biodéchets porte à porte",
            "Des gobelets réutilisables au marché de {place}",
        ],
        "situations": [
            "Nos poubelles débordent de déchets qui pourraient être compostés ou réparés.",
            "Des encombrants s’accumulent sur les trottoirs de {street}.",
            "Il est difficile de trier quand on habite en appartement.",
        ],
        "benefits": [
            "Moins de déchets incinérés, c’est moins d’émissions et moins de pollution.",
            "Cela créerait du lien et des emplois locaux.",
            "Les habitants seraient fiers d’un quartier plus propre.",
        ],
    },
    "economy": {
        "titles": [
            "Une ressourcerie qui crée des emplois près de {place}",
            "Aider les commerçants de {street} à se passer d’emballages",
            "Des clauses environnementales dans les marchés publics de la ville",
            "Un annuaire des artisans réparateurs d’Ivry",
            "Des locaux pour l’économie sociale et solidaire près de {place}",
            "Former les jeunes du quartier aux métiers de la rénovation",
            "Une monnaie locale acceptée au marché de {place}",
            "Des livraisons à vélo-cargo pour les commerces de {street}",
        ],
        "situations": [
            "Les commerces de proximité ferment et les emplois partent ailleurs.",
            "La transition écologique crée des métiers, mais peu d’habitants y sont formés.",
            "Beaucoup d’objets pourraient être réparés si l’on savait à qui s’adresser.",
        ],
        "benefits": [
            "Ce seraient des emplois locaux, utiles et non délocalisables.",
            "L’argent dépensé à Ivry resterait à Ivry.",
            "Les commerçants y gagneraient des clients fidèles.",
        ],
    },
    "solidarity": {
        "titles": [
            "Des permanences contre la précarité énergétique à {place}",
            "Un réseau d’entraide entre voisins en cas de canicule",
            "Des salles rafraîchies ouvertes aux personnes âgées l’été",
            "Des aides pour remplacer les vieux appareils électroménagers",
            "Former des ambassadeurs du climat dans chaque quartier",
            "Un fonds pour que tout le monde puisse rénover",
        ],
        "situations": [
            "Les plus modestes sont les premiers touchés par les canicules et les factures.",
            "Des personnes âgées restent seules chez elles pendant les fortes chaleurs.",
            "Les gestes écologiques coûtent parfois trop cher aux familles.",
        ],
        "benefits": [
            "La transition doit être juste, sinon elle ne se fera pas.",
            "Personne ne serait laissé de côté.",
            "Les quartiers populaires profiteraient en premier des actions.",
        ],
    },
    "participation": {
        "titles": [
            "Une fresque du climat dans chaque école",
            "Un conseil citoyen du climat tiré au sort",
            "Publier chaque année le bilan carbone de la ville",
            "Une fête annuelle du climat à {place}",
            "Des panneaux qui expliquent les actions du plan à {place}",
            "Associer les jeunes au suivi du plan climat",
        ],
        "situations": [
            "Beaucoup d’habitants ne savent pas ce que la ville fait déjà pour le climat.",
            "Les jeunes ont des idées mais peu d’occasions de les faire entendre.",
            "On manque d’informations claires sur les résultats obtenus.",
        ],
        "benefits": [
            "Chacun comprendrait mieux les enjeux et pourrait agir.",
            "Le plan serait vraiment celui de tous les habitants.",
            "On pourrait suivre les progrès en toute transparence.",
        ],
    },
}

EN = {
    "titles": [
        "Bike racks in front of {school}",
        "A safe cycle lane on {street}",
        "More trees and shade in {park}",
        "Community composting near {place}",
        "Solar panels on public buildings",
        "A repair café every month at {place}",
        "Drinking fountains in {park}",
        "Cooling rooms for elderly people during heatwaves",
    ],
    "situations": [
        "Right now it feels unsafe and most neighbours simply drive instead.",
        "In summer the area gets very hot and there is hardly any shade.",
        "A lot of what we throw away could be reused or composted.",
    ],
    "benefits": [
        "It would cut emissions and make the neighbourhood nicer to live in.",
        "Many residents I spoke to would gladly take part.",
    ],
}

ES = {
    "titles": [
        "Aparcabicis delante de {school}",
        "Más árboles y sombra en {park}",
        "Un huerto compartido en {park}",
        "Compostaje colectivo cerca de {place}",
        "Talleres de reparación en {place}",
        "Fuentes de agua potable en {park}",
    ],
    "situations": [
        "Hoy en día falta sombra y en verano hace demasiado calor.",
        "Muchos vecinos quieren hacer algo pero no saben cómo.",
    ],
    "benefits": [
        "Mejoraría la vida en el barrio y reduciría las emisiones.",
        "Sería un lugar de encuentro para los vecinos.",
    ],
}

TAGS = {
    "mobility": ["vélo", "piétons", "école", "bus", "sécurité"],
    "energy": ["solaire", "isolation", "rénovation", "chauffage", "éclairage"],
    "nature": ["arbres", "fraîcheur", "jardin", "biodiversité", "eau"],
    "food": ["cantine", "bio", "local", "gaspillage", "marché"],
    "waste": ["compost", "réparation", "tri", "réemploi", "plastique"],
    "economy": ["emploi", "commerces", "réparation", "formation"],
    "solidarity": ["canicule", "précarité", "entraide", "seniors"],
    "participation": ["jeunes", "information", "fresque", "transparence"],
}

ANSWERS = [
    "La ville retient cette proposition : elle est intégrée à l’objectif correspondant "
    "du plan et une première réalisation est prévue dans l’année.",
    "Merci pour cette proposition. Une étude de faisabilité est lancée avec les services "
    "techniques ; nous reviendrons vers vous avec ses conclusions.",
    "Cette proposition relève de la compétence du territoire Grand-Orly Seine Bièvre ; "
    "la ville la porte auprès de lui.",
    "Proposition réalisée : les aménagements ont été livrés et seront évalués avec les "
    "habitants lors du prochain comité de suivi.",
]

NOT_RETAINED_REASONS = [
    "La configuration de la voirie ne le permet pas ; une solution alternative est "
    "étudiée dans l’objectif du thème.",
    "Le coût est trop élevé au regard des gains attendus ; d’autres actions du plan "
    "répondent au même besoin.",
]
