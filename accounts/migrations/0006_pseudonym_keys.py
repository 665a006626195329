from django.db import migrations, models

from accounts.identity import pseudonym_skeleton


def fill_pseudonym_keys(apps, schema_editor):
    """Existing accounts get their pseudonym's key; when two already share
    one, the older account keeps it and the later ones are left without a key
    (their pseudonym stays; the next change of it is checked)."""
    User = apps.get_model("accounts", "User")
    taken = set()
    for user in User.objects.order_by("pk").only("pk", "display_name"):
        key = pseudonym_skeleton(user.display_name)
        if key in taken:
            key = ""
        taken.add(key)
        User.objects.filter(pk=user.pk).update(pseudonym_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_existing_person_keys"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("climate_plan", "0002_prioritised_objectives_of_a_vote"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="pseudonym_key",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text=(
                    "The pseudonym as a reader sees it (accounts.identity."
                    "pseudonym_skeleton): one account per key."
                ),
                max_length=200,
                verbose_name="pseudonym key",
            ),
        ),
        migrations.RunPython(fill_pseudonym_keys, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                condition=models.Q(("pseudonym_key", ""), _negated=True),
                fields=("pseudonym_key",),
                name="one_account_per_pseudonym",
            ),
        ),
    ]
