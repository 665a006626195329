"""Admin for participation: one module per topic, imported here so Wagtail sees them."""

from . import (
    comments,  # noqa: F401
    proposals,  # noqa: F401
    votes,  # noqa: F401
)
