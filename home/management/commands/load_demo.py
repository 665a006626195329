from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from home.demo.indexing import indexing_deferred
from home.demo.state import Demo
from home.models import HomePage


class Command(BaseCommand):
    help = (
        "Build the demo site (the Ivry-sur-Seine approach, 2021) in French with "
        "English and Spanish translations. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            help="Do nothing if a home page already exists (used by `make run`).",
        )

    def handle(self, *args, once=False, verbosity=1, **options):
        if once and HomePage.objects.exists():
            self.stdout.write("Demo content already loaded.")
            return
        demo = Demo(verbose=verbosity > 1)
        with indexing_deferred():
            for path in settings.AGIR_DEMO_BUILDERS:
                if verbosity:
                    self.stdout.write(f"Building {path.rsplit('.', 2)[-2]}…")
                import_string(path)(demo)
        if demo.untranslated and verbosity:
            self.stderr.write(
                f"{len(set(demo.untranslated))} demo strings have no translation."
            )
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
