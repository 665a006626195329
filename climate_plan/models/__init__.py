from climate_plan.models.committees import (
    College,
    CommitteeMeeting,
    CommitteeMember,
    CommitteeMonitoredAction,
    CommitteePage,
)
from climate_plan.models.conferences import ConferenceIndexPage, ConferencePage
from climate_plan.models.delivery import (
    ActionContact,
    ActionReminder,
    ActionResponsibility,
    ActionTask,
    ImplementationPhase,
    Organisation,
    OrganisationKind,
    ResponsibilityRole,
)
from climate_plan.models.exhibition import ExhibitionPage, ExhibitPanelPage
from climate_plan.models.indicators import (
    Direction,
    Indicator,
    IndicatorGoal,
    IndicatorValue,
    Level,
)
from climate_plan.models.links import ActionDependency, ActionIndicator
from climate_plan.models.neighbourhood import Neighbourhood
from climate_plan.models.plan import (
    ActionPage,
    ActionStatus,
    ClimatePlanPage,
    ObjectivePage,
    ThemePage,
)
from climate_plan.models.review import PlanReviewTask
from climate_plan.models.updates import ActionUpdate

__all__ = [
    "ActionDependency",
    "ActionIndicator",
    "ActionContact",
    "ActionPage",
    "ActionReminder",
    "ActionResponsibility",
    "ActionTask",
    "ImplementationPhase",
    "Organisation",
    "OrganisationKind",
    "ResponsibilityRole",
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
    "IndicatorGoal",
    "IndicatorValue",
    "Level",
    "Neighbourhood",
    "ObjectivePage",
    "PlanReviewTask",
    "ThemePage",
]
