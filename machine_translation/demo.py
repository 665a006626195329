"""Demo machine translations: a few of the demo's comments, one official
answer and two committee updates, cached as the demo translator
(`AGIR_MACHINE_TRANSLATION_BACKEND=demo`, the default of `make run`) gives
them, so "Translate to …" shows a translation at once. Other texts stay in
their original: the demo translator knows only these."""

from climate_plan.demo.data import UPDATES
from machine_translation.models import MachineTranslation, text_hash
from participation.comments.demo import PAGE_THREADS, PROPOSAL_THREADS
from participation.proposals.demo_texts import ANSWERS

NBSP = "\u00a0"

# (original, its language, {target language: translation})
# fmt: off
TRANSLATIONS = [
    (PAGE_THREADS[0][2], "fr", {
        "en": "Very good news. Please also think of older people and people with "
              "disabilities when it is put in place.",
        "es": "Muy buena noticia. Piensen también en las personas mayores y en las "
              "personas con discapacidad cuando se ponga en marcha.",
    }),
    (PAGE_THREADS[0][3][0][2], "en", {
        "fr": "D’accord. Et publiez des nouvelles ici au fil des travaux, s’il vous plaît.",
        "es": "De acuerdo. Y, por favor, publiquen aquí las novedades a medida que "
              "avancen las obras.",
    }),
    (PAGE_THREADS[1][2], "es", {
        "fr": f"Y aura-t-il des informations en plusieurs langues{NBSP}? Dans mon "
              "immeuble, beaucoup de voisins ne lisent pas le français.",
        "en": "Will there be information in several languages? In my building many "
              "neighbours don’t read French.",
    }),
    (PAGE_THREADS[2][2], "en", {
        "fr": f"Où peut-on suivre le budget{NBSP}? Une page avec les chiffres "
              f"aiderait{NBSP}: https://example.org/budget-climat",
        "es": "¿Dónde se puede seguir el presupuesto? Una página con las cifras "
              "ayudaría: https://example.org/budget-climat",
    }),
    (PROPOSAL_THREADS[0][2], "fr", {
        "en": "I support this: it is simple to set up and useful straight away.",
        "es": "Lo apoyo: es sencillo de poner en marcha y útil de inmediato.",
    }),
    (ANSWERS[1], "fr", {
        "en": "Thank you for this proposal. A feasibility study has been launched with "
              "the technical services; we will come back to you with its conclusions.",
        "es": "Gracias por esta propuesta. Se ha puesto en marcha un estudio de "
              "viabilidad con los servicios técnicos; le informaremos de sus "
              "conclusiones.",
    }),
    (UPDATES["done"][0][0], "fr", {
        "en": "The project has started.",
        "es": "El proyecto está en marcha.",
    }),
    (UPDATES["in_progress"][1][0], "fr", {
        "en": "First works completed; the schedule is being kept.",
        "es": "Primeras obras realizadas; se cumple el calendario.",
    }),
]
# fmt: on


def known(text, source, target):
    """The demo translation of `text`, or None."""
    for original, language, translations in TRANSLATIONS:
        if original == text and language == source:
            return translations.get(target)
    return None


def build(demo=None):
    """Cache the demo translations (again: it replaces what it wrote before)."""
    for original, language, translations in TRANSLATIONS:
        for target, text in translations.items():
            MachineTranslation.objects.update_or_create(
                source_hash=text_hash(original),
                source_language=language,
                target_language=target,
                defaults={"text": text, "backend": "demo"},
            )
