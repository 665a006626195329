"""Hand-written proposals with two obvious subjects."""

BIKES = [
    "Des pistes cyclables sécurisées pour aller à vélo à l’école",
    "Plus d’arceaux pour garer les vélos devant la gare",
    "Une piste cyclable continue le long des quais, les vélos y seraient à l’abri",
    "Des ateliers de réparation de vélos et des arceaux dans chaque quartier",
    "Safe bike lanes and bike racks near the station",
]
INSULATION = [
    "Isoler les logements sociaux pour réduire le chauffage",
    "Aider les propriétaires à isoler les toitures et les murs des logements",
    "Une isolation des écoles pour baisser la facture de chauffage",
    "Subventionner l’isolation thermique des logements anciens",
    "Insulate social housing to cut heating bills, isolation des logements",
]
