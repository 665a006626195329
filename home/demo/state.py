"""State shared by the demo builders, and the small helpers they all use."""

import io
from dataclasses import dataclass, field

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtail.models import Page

from .i18n import Catalogue, translate


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
    """A small generated picture (nothing is downloaded), reused when it exists."""
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = size
    canvas = PillowImage.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(canvas)
    for step in range(12):
        y = height * step // 12
        draw.rectangle([0, y, width, y + height // 12], fill=colours[step % 2])
    draw.ellipse(
        [width * 0.62, height * 0.15, width * 0.9, height * 0.8], fill=colours[2]
    )
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=70)
    slug = "".join(c if c.isalnum() else "-" for c in title.lower())[:50]
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"{slug}.jpg")
    image.save()
    return image
