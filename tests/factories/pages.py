"""Pages for tests: the home page per locale and content pages under it."""

import factory
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


class PageFactory(factory.Factory):
    """Creates a live page under `parent` (the root by default)."""

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title)[:50])
    intro = ""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or Page.get_first_root_node()).add_child(instance=page)
        page.save_revision().publish()
        return page


class HomePageFactory(PageFactory):
    """A home page; the French one becomes the root of the default site."""

    title = "Accueil"
    hero_title = "Pour le climat, on agit"

    class Meta:
        model = HomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        home = super()._create(model_class, *args, **kwargs)
        if home.locale.language_code == "fr":
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={
                    "root_page": home,
                    "hostname": "localhost",
                    "port": 80,
                    "site_name": "Agir",
                },
            )
        return home


class ContentPageFactory(PageFactory):
    class Meta:
        model = ContentPage


def home_page():
    """The French home page, root of the default site: the existing one, else new."""
    home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    return home or HomePageFactory(slug="accueil")


def translate_page(page, code):
    """The page's published copy in language `code`, its parents copied and
    published as needed (copies start as drafts, as a translator's do)."""
    translated = page.copy_for_translation(locale(code), copy_parents=True)
    for ancestor in translated.get_ancestors().filter(depth__gt=1, live=False):
        ancestor.specific.save_revision().publish()
    translated.save_revision().publish()
    return translated.specific
