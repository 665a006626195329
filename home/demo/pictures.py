"""Card pictures for the demo, drawn on the fly (nothing is downloaded, nothing
is stored in the repository): each title gets its own composition of shapes
over a gradient in a given colour, so no two cards look alike."""

import io
import random
import zlib

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageColor, ImageDraw
from wagtail.images.models import Image

SIZE = (640, 360)
PALETTE = ["#0b6e4f", "#1f4e8c", "#8a5a00", "#7b2d6b", "#2f6f2a", "#0e6a7a", "#9c3b1b"]


def colour_for(index):
    """One colour of the palette per theme, in turn."""
    return PALETTE[index % len(PALETTE)]


def card_picture(title, colour):
    """The demo picture for `title`, drawn once and reused afterwards."""
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = Image(title=title)
    image.file = ImageFile(draw(title, colour), name=f"{slugify(title)[:50]}.jpg")
    image.save()
    return image


def mix(a, b, share):
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


def draw(title, colour):
    rng = random.Random(zlib.crc32(title.encode()))
    base = ImageColor.getrgb(colour)
    dark, light = mix(base, (0, 0, 0), 0.45), mix(base, (255, 255, 255), 0.55)
    width, height = SIZE
    canvas = PillowImage.new("RGB", SIZE, dark)
    pen = ImageDraw.Draw(canvas)
    angle = rng.random()
    for y in range(height):  # a gradient, lighter towards one corner
        pen.line([(0, y), (width, y)], fill=mix(dark, base, (y / height) * angle))
    accent = ImageColor.getrgb(rng.choice(["#ffd166", "#f4a259", "#bde0fe", "#e9f5db"]))
    MOTIFS[rng.randrange(len(MOTIFS))](pen, rng, width, height, base, light, accent)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=70)
    return buffer


def circles(pen, rng, width, height, base, light, accent):
    cx, cy = rng.randint(width // 4, 3 * width // 4), rng.randint(0, height)
    for step in range(8, 0, -1):
        r = step * rng.randint(28, 44)
        pen.ellipse(
            [cx - r, cy - r, cx + r, cy + r],
            fill=mix(base, light, step / 10) if step % 2 else base,
        )
    r = rng.randint(20, 40)
    pen.ellipse([cx - r, cy - r, cx + r, cy + r], fill=accent)


def hills(pen, rng, width, height, base, light, accent):
    r = rng.randint(36, 60)
    sx, sy = rng.randint(r, width - r), rng.randint(r, height // 2)
    pen.ellipse([sx - r, sy - r, sx + r, sy + r], fill=accent)
    for layer in range(4):
        top = height * (0.45 + layer * 0.13)
        points = [(0, height)]
        for x in range(0, width + 80, 80):
            points.append((x, top + rng.randint(-30, 30)))
        points.append((width, height))
        pen.polygon(points, fill=mix(light, base, layer / 4))


def bands(pen, rng, width, height, base, light, accent):
    slant = rng.randint(-200, 200)
    for start in range(-width, width * 2, rng.randint(50, 90)):
        band = rng.randint(14, 40)
        fill = accent if rng.random() < 0.18 else mix(base, light, rng.random())
        pen.polygon(
            [
                (start, 0),
                (start + band, 0),
                (start + band + slant, height),
                (start + slant, height),
            ],
            fill=fill,
        )


def dots(pen, rng, width, height, base, light, accent):
    gap = rng.randint(38, 56)
    for y in range(gap // 2, height, gap):
        for x in range(gap // 2, width, gap):
            r = rng.randint(4, gap // 2 - 2)
            fill = accent if rng.random() < 0.12 else mix(base, light, rng.random())
            pen.ellipse([x - r, y - r, x + r, y + r], fill=fill)


def leaves(pen, rng, width, height, base, light, accent):
    for _leaf in range(rng.randint(9, 16)):
        x, y = rng.randint(-40, width), rng.randint(-40, height)
        w, h = rng.randint(60, 160), rng.randint(24, 60)
        fill = accent if rng.random() < 0.2 else mix(base, light, rng.random())
        pen.ellipse([x, y, x + w, y + h], fill=fill)


def skyline(pen, rng, width, height, base, light, accent):
    x = 0
    while x < width:
        w, h = rng.randint(30, 70), rng.randint(height // 4, int(height * 0.8))
        pen.rectangle(
            [x, height - h, x + w, height], fill=mix(base, light, rng.random() * 0.5)
        )
        for wy in range(height - h + 10, height - 10, 20):
            for wx in range(x + 6, x + w - 8, 14):
                if rng.random() < 0.3:
                    pen.rectangle([wx, wy, wx + 5, wy + 8], fill=accent)
        x += w + rng.randint(2, 10)


MOTIFS = [circles, hills, bands, dots, leaves, skyline]
