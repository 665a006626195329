"""Where each page type may live in the tree."""

from wagtail.test.utils import WagtailPageTestCase

from climate_plan.models import (
    ActionPage,
    ClimatePlanPage,
    CommitteePage,
    ConferenceIndexPage,
    ConferencePage,
    ExhibitionPage,
    ExhibitPanelPage,
    ObjectivePage,
    ThemePage,
)
from home.models import ContentPage, HomePage
from participation.models import EventIndexPage, EventPage


class PlanHierarchyTests(WagtailPageTestCase):
    def test_plan_tree_is_plan_theme_objective_action(self):
        self.assertAllowedParentPageTypes(ClimatePlanPage, {HomePage})
        self.assertAllowedSubpageTypes(ClimatePlanPage, {ThemePage})
        self.assertAllowedParentPageTypes(ThemePage, {ClimatePlanPage})
        self.assertAllowedSubpageTypes(ThemePage, {ObjectivePage, CommitteePage})
        self.assertAllowedParentPageTypes(ObjectivePage, {ThemePage})
        self.assertAllowedSubpageTypes(ObjectivePage, {ActionPage})
        self.assertAllowedParentPageTypes(ActionPage, {ObjectivePage})
        self.assertAllowedSubpageTypes(ActionPage, set())

    def test_an_action_cannot_sit_directly_under_a_theme_or_the_plan(self):
        self.assertCanNotCreateAt(ThemePage, ActionPage)
        self.assertCanNotCreateAt(ClimatePlanPage, ActionPage)
        self.assertCanNotCreateAt(ClimatePlanPage, ObjectivePage)
        self.assertCanNotCreateAt(ContentPage, ClimatePlanPage)

    def test_committees_sit_under_a_theme_only(self):
        self.assertCanCreateAt(ThemePage, CommitteePage)
        self.assertCanNotCreateAt(ClimatePlanPage, CommitteePage)
        self.assertCanNotCreateAt(ObjectivePage, CommitteePage)
        self.assertAllowedSubpageTypes(CommitteePage, set())

    def test_exhibition_panels_and_conferences(self):
        self.assertAllowedParentPageTypes(ExhibitionPage, {HomePage})
        self.assertAllowedSubpageTypes(ExhibitionPage, {ExhibitPanelPage})
        self.assertAllowedParentPageTypes(ExhibitPanelPage, {ExhibitionPage})
        self.assertAllowedParentPageTypes(ConferenceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ConferenceIndexPage, {ConferencePage})
        self.assertAllowedParentPageTypes(ConferencePage, {ConferenceIndexPage})

    def test_events_sit_under_the_event_index(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})


def test_one_plan_one_committee_per_theme():
    assert ClimatePlanPage.max_count_per_parent == 1
    assert CommitteePage.max_count_per_parent == 1
