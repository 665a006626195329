"""Forget cached translations of texts no longer on the site (run it daily)."""

from django.core.management.base import BaseCommand

from machine_translation import services


class Command(BaseCommand):
    help = "Delete the machine translations of deleted or changed texts."

    def handle(self, *args, **options):
        deleted = services.prune()
        self.stdout.write(f"{deleted} machine translation(s) deleted.")
