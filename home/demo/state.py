"""State shared by the demo builders, and the small helpers they all use."""

import io
import random
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from home.demo.i18n import Catalogue, translate


@dataclass
class Demo:
    """What one builder hands to the next: the home page, the catalogue of texts."""

    home: Page | None = None
    catalogue: Catalogue = field(default_factory=Catalogue)
    pages: dict = field(default_factory=dict)
    untranslated: list = field(default_factory=list)
    verbose: bool = False

    def text(self, fr, en, es):
        return self.catalogue(fr, en, es)

    def translate(self, instance):
        self.untranslated += translate(instance, self.catalogue)

    def child(self, parent, model, slug, **fields):
        """The live child page of `parent` with this slug, created or updated."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            page = existing.specific
            for name, value in fields.items():
                setattr(page, name, value)
            page.save_revision().publish()
            return page
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page


def generated_image(title, colours=("#0b6e4f", "#063d2c", "#ffd166"), size=(1600, 700)):
    """A small generated picture (nothing is downloaded), reused when it exists:
    a sky, a sun and a skyline with trees, in the site's palette."""
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = Image(title=title)
    image.file = ImageFile(
        draw_skyline(colours, size), name=f"{slugify(title)[:50]}.jpg"
    )
    image.save()
    return image


def draw_skyline(colours, size):
    light, dark, sun = colours
    width, height = size
    canvas = PillowImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(canvas)
    top, bottom = (
        PillowImage.new("RGB", (1, 1), dark).getpixel((0, 0)),
        (PillowImage.new("RGB", (1, 1), light).getpixel((0, 0))),
    )
    for y in range(height):  # a vertical gradient for the sky
        mix = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(
                round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)
            ),
        )
    radius = height // 5
    draw.ellipse(
        [
            width * 0.72 - radius,
            height * 0.32 - radius,
            width * 0.72 + radius,
            height * 0.32 + radius,
        ],
        fill=sun,
    )
    rng = random.Random(title_seed(size))
    x = 0
    while x < width:  # buildings of varied widths and heights
        w = rng.randint(width // 40, width // 14)
        h = rng.randint(height // 6, height // 2)
        draw.rectangle([x, height - h, x + w, height], fill=dark)
        for wy in range(height - h + 12, height - 12, 22):
            for wx in range(x + 8, x + w - 10, 18):
                if rng.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 6, wy + 9], fill=sun)
        x += w + rng.randint(0, width // 80)
    for _tree in range(14):
        cx, r = rng.randint(0, width), rng.randint(height // 22, height // 12)
        draw.ellipse([cx - r, height - 2.2 * r, cx + r, height - 0.2 * r], fill=light)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=72)
    return buffer


def title_seed(size):
    return size[0] * 7919 + size[1]


CALENDAR = """Pour le climat, à Ivry, on agit !

Juin 2021 : lancement de la démarche.
Été 2021 : la caravane citoyenne va à la rencontre des habitants.
Septembre – octobre 2021 : 13 ateliers participatifs.
Novembre 2021 : vote citoyen, thème par thème.
4 décembre 2021 : Conférence pour le climat.
2023 et 2025 : nouvelles conférences pour faire le point.
"""


def demo_document(title="Calendrier de la démarche"):
    """A small text document written on the fly, reused when it exists."""
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = Document(title=title)
    document.file = ContentFile(CALENDAR.encode(), name="calendrier-demarche.txt")
    document.file_size = len(CALENDAR.encode())
    document.save()
    return document


def ensure_wagtail_roots():
    """The root page, root collection and default locale that Wagtail's
    migrations create, recreated if a flush removed them (`manage.py flush`,
    transactional tests); returns the root page."""
    from django.conf import settings
    from wagtail.models import Collection, Locale

    locale, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root
