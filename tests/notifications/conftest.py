import pytest

from tests.factories.accounts import UserFactory
from tests.factories.proposals import ProposalFactory


@pytest.fixture
def action(themes):
    """The first action of the first objective (`themes`: a small plan)."""
    from climate_plan.models import ActionPage

    return ActionPage.objects.order_by("path").first()


@pytest.fixture
def objective(action):
    return action.get_parent().specific


@pytest.fixture
def proposal(themes):
    return ProposalFactory(title="Des arceaux vélo devant l’école")


@pytest.fixture
def follower(db):
    return UserFactory(display_name="Lucía", preferred_language="es")
