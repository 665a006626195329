"""Admin for participation: one module per topic, imported here so Wagtail sees them."""
from . import votes  # noqa: F401
