"""Admin for participation: each feature's hooks, imported here so Wagtail sees them."""

from participation.comments import wagtail_hooks as comments  # noqa: F401
from participation.grouping import wagtail_hooks as grouping  # noqa: F401
from participation.proposals import wagtail_hooks as proposals  # noqa: F401
from participation.summaries import wagtail_hooks as summaries  # noqa: F401
from participation.votes import wagtail_hooks as votes  # noqa: F401
