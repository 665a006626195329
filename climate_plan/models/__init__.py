from .neighbourhood import Neighbourhood
from .plan import ActionPage, ActionStatus, ClimatePlanPage, ObjectivePage, ThemePage

__all__ = [
    "ActionPage",
    "ActionStatus",
    "ClimatePlanPage",
    "Neighbourhood",
    "ObjectivePage",
    "ThemePage",
]
