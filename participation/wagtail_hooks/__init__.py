"""Admin for participation: one module per topic, imported here so Wagtail sees them."""

from . import proposals  # noqa: F401
