from .committees import (
    College,
    CommitteeMeeting,
    CommitteeMember,
    CommitteeMonitoredAction,
    CommitteePage,
)
from .conferences import ConferenceIndexPage, ConferencePage
from .exhibition import ExhibitionPage, ExhibitPanelPage
from .indicators import Direction, Indicator, IndicatorValue
from .neighbourhood import Neighbourhood
from .plan import ActionPage, ActionStatus, ClimatePlanPage, ObjectivePage, ThemePage
from .updates import ActionUpdate

__all__ = [
    "ActionPage",
    "ActionStatus",
    "ActionUpdate",
    "ClimatePlanPage",
    "College",
    "CommitteeMeeting",
    "CommitteeMember",
    "CommitteeMonitoredAction",
    "CommitteePage",
    "ConferenceIndexPage",
    "ConferencePage",
    "Direction",
    "ExhibitPanelPage",
    "ExhibitionPage",
    "Indicator",
    "IndicatorValue",
    "Neighbourhood",
    "ObjectivePage",
    "ThemePage",
]
