"""Seed the default proposal statuses with their labels in fr, en and es.

Administrators may rename or add statuses afterwards; the code relies only on
the codes below.
"""

from django.db import migrations

# code, fr, en, es, public, reason required
STATUSES = [
    ("submitted", "Déposée", "Submitted", "Presentada", False, False),
    ("published", "Publiée", "Published", "Publicada", True, False),
    ("rejected", "Refusée par la modération", "Rejected by moderation", "Rechazada por la moderación", False, True),
    ("under_study", "À l’étude", "Under study", "En estudio", True, False),
    ("grouped", "Regroupée dans un objectif", "Grouped into an objective", "Agrupada en un objetivo", True, False),
    ("retained", "Retenue", "Retained", "Seleccionada", True, False),
    ("not_retained", "Non retenue", "Not retained", "No seleccionada", True, True),
    ("implemented", "Réalisée", "Implemented", "Realizada", True, False),
]


def seed(apps, schema_editor):
    Status = apps.get_model("participation", "ProposalStatus")
    Label = apps.get_model("participation", "ProposalStatusLabel")
    for order, (code, fr, en, es, public, reason) in enumerate(STATUSES):
        status, created = Status.objects.get_or_create(
            code=code,
            defaults={"label": fr, "is_public": public, "requires_reason": reason, "sort_order": order},
        )
        if created:
            for position, (language, label) in enumerate([("en", en), ("es", es)]):
                Label.objects.create(status=status, language=language, label=label, sort_order=position)


class Migration(migrations.Migration):
    dependencies = [("participation", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
