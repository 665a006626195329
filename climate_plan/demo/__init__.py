"""Demo content of the plan: themes, objectives, actions, indicators, committees,
the evolving exhibition and the conferences (see `home.demo`)."""

from django.utils.text import slugify


def slug(demo, fr, en, es):
    """A slug in each language, from the three titles."""
    return demo.text(*(slugify(title)[:50].strip("-") for title in (fr, en, es)))


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")
