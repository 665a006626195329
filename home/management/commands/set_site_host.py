from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from climate_site.site_host import base_url, set_site_host


class Command(BaseCommand):
    help = (
        "Set the public address of the site (the default Wagtail Site), from which "
        "pages, the sitemap, feeds and calendars build their links. Without an "
        "address, WAGTAILADMIN_BASE_URL is used."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "url", nargs="?", help="For example https://agir.example.org"
        )

    def handle(self, *args, url=None, **options):
        url = url or base_url()
        try:
            site = set_site_host(url)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(f"The site now answers at {site.root_url}")
