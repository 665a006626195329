"""Proposal text reduced to the words that carry its meaning.

Residents write in French, English or Spanish, with or without accents:
`fold` makes "Vélos" and "velos" one word, `words` drops the grammatical
words of the three languages and reduces plurals, so two proposals about
the same thing share their words whatever their spelling. Pure functions,
shared by whatever compares proposals (grouping, similar proposals).
"""

import re
import unicodedata

# Grammatical words of French, English and Spanish, written folded (no
# accents, lower case). Short on purpose: words shorter than MIN_LENGTH are
# dropped anyway, and a word that means something must never be here.
STOP_WORDS = frozenset(
    """
    alors au aucun aussi autre aux avec avoir bien car ce cela ces cet cette
    ceux chaque comme comment dans des deux donc dont elle elles encore entre
    est et etre fait faire faut ici ils je la le les leur leurs lui mais meme
    mes moins mon nos notre nous ont ou par parce pas peu peut plus pour pourquoi
    pourrait pourraient propose proposons quand que quel quelle quelles quels qui
    quoi sans ses son sont sous sur tous tout toute toutes tres une uns vers
    voir vos votre vous leurs etait sera seront ainsi afin chez cest deja
    faudrait serait permettrait permettre plusieurs beaucoup souvent devant
    derriere depuis pendant avant apres contre selon autour
    about after all also and any are because been but can could each few for
    from had has have her his how into its just more most much not now off only
    other our out over propose proposal should some such than that the their them
    then there these they this those too under very was were what when where
    which while who why will with would your you yes
    aqui como con cual cuando del desde donde los las mas muy para pero por porque
    propongo que quien sin sobre sus tambien tiene todo todos una unas uno unos
    esta este estos estas eso esto hay ser son fue era seria podria
    """.split()
)
# English and Spanish words of the plan's common subjects, and the French
# word they count as (after folding and plural reduction), so that "bike
# lanes" and "pistes cyclables" share a word. Short: the subjects residents
# raise most often, not a dictionary.
SAME_AS = {
    "bike": "velo",
    "bicycle": "velo",
    "cycling": "velo",
    "bicicleta": "velo",
    "ciclista": "velo",
    "lane": "piste",
    "carril": "piste",
    "rack": "arceaux",
    "insulate": "isoler",
    "insulation": "isolation",
    "aislamiento": "isolation",
    "aislar": "isoler",
    "housing": "logement",
    "vivienda": "logement",
    "heating": "chauffage",
    "calefaccion": "chauffage",
    "tree": "arbre",
    "arbol": "arbre",
    "arbole": "arbre",
    "garden": "jardin",
    "huerto": "jardin",
    "waste": "dechet",
    "residuo": "dechet",
    "basura": "dechet",
    "recycling": "recyclage",
    "reciclaje": "recyclage",
    "compost": "compost",
    "school": "ecole",
    "escuela": "ecole",
    "solar": "solaire",
    "panel": "panneau",
    "energy": "energie",
    "energia": "energie",
    "food": "alimentation",
    "comida": "alimentation",
    "market": "marche",
    "mercado": "marche",
    "car": "voiture",
    "coche": "voiture",
    "bus": "bus",
    "autobus": "bus",
    "street": "rue",
    "calle": "rue",
    "park": "parc",
    "parque": "parc",
}
MIN_LENGTH = 3
WORD = re.compile(r"[a-z0-9]+")


def fold(text):
    """Lower case without accents: "Vélo-École" → "velo-ecole"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(word):
    """A light plural reduction, the same for the three languages, then the
    French word of a common subject: "velos" → "velo", "trees" → "arbre",
    "bus" stays."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return SAME_AS.get(word, word)


def surface_words(text):
    """(stem, word as written) pairs of the meaningful words of `text`.

    Elisions split at the apostrophe ("l'école" → "école"); grammatical
    words, numbers and words shorter than MIN_LENGTH are dropped.
    """
    pairs = []
    for match in re.finditer(r"\w+", text or ""):
        written = match.group(0).casefold()
        for part in WORD.findall(fold(written)):
            if len(part) < MIN_LENGTH or part.isdigit() or part in STOP_WORDS:
                continue
            pairs.append((stem(part), written))
    return pairs


def words(text):
    """The meaningful words of `text`, folded and stemmed, in order."""
    return [word for word, _written in surface_words(text)]
