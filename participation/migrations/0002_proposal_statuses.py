"""Seed the default proposal statuses with their labels in fr, en and es."""

from django.db import migrations

from participation.proposals.statuses import ensure_default_statuses


def seed(apps, schema_editor):
    ensure_default_statuses(apps)


class Migration(migrations.Migration):
    dependencies = [("participation", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
