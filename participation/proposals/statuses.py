"""The default proposal statuses with their labels in fr, en and es.

Administrators may rename or add statuses afterwards; the code relies only on
the codes below.
"""

# code, fr, en, es, public, reason required
STATUSES = [
    ("submitted", "Déposée", "Submitted", "Presentada", False, False),
    ("published", "Publiée", "Published", "Publicada", True, False),
    (
        "rejected",
        "Refusée par la modération",
        "Rejected by moderation",
        "Rechazada por la moderación",
        False,
        True,
    ),
    ("under_study", "À l’étude", "Under study", "En estudio", True, False),
    (
        "grouped",
        "Regroupée dans un objectif",
        "Grouped into an objective",
        "Agrupada en un objetivo",
        True,
        False,
    ),
    ("retained", "Retenue", "Retained", "Seleccionada", True, False),
    ("not_retained", "Non retenue", "Not retained", "No seleccionada", True, True),
    ("implemented", "Réalisée", "Implemented", "Realizada", True, False),
]


def ensure_default_statuses(apps=None):
    """Create the default statuses that are missing (idempotent).

    Run by the data migration with its historical `apps`, and by the demo
    loader, which may run on a database a test has emptied.
    """
    if apps is None:
        from django.apps import apps
    Status = apps.get_model("participation", "ProposalStatus")
    Label = apps.get_model("participation", "ProposalStatusLabel")
    for order, (code, fr, en, es, public, reason) in enumerate(STATUSES):
        status, created = Status.objects.get_or_create(
            code=code,
            defaults={
                "label": fr,
                "is_public": public,
                "requires_reason": reason,
                "sort_order": order,
            },
        )
        if created:
            for position, (language, label) in enumerate([("en", en), ("es", es)]):
                Label.objects.create(
                    status=status, language=language, label=label, sort_order=position
                )
