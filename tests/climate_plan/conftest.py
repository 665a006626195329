import pytest

from tests.factories.plan import (
    ActionPageFactory,
    ClimatePlanPageFactory,
    ObjectivePageFactory,
    ThemePageFactory,
)


@pytest.fixture
def plan(home):
    return ClimatePlanPageFactory(parent=home)


@pytest.fixture
def theme(plan):
    return ThemePageFactory(parent=plan, title="Mobilités", slug="mobilites")


@pytest.fixture
def objective(theme):
    return ObjectivePageFactory(parent=theme, title="Vélo", slug="velo")


@pytest.fixture
def make_action(objective):
    def make(parent=None, **fields):
        return ActionPageFactory(parent=parent or objective, **fields)

    return make
