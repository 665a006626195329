import pytest
from django.core.cache import cache

from tests.factories.comments import (
    ResidentFactory,
    make_discussed_page,
    make_moderator,
)
from tests.factories.votes import VerifiedUserFactory, campaign, vote_page


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pages(db):
    return make_discussed_page(languages=("en", "es"))


@pytest.fixture
def resident(db):
    return ResidentFactory()


@pytest.fixture
def other_resident(db):
    return ResidentFactory()


@pytest.fixture
def moderator(db):
    return make_moderator()


@pytest.fixture
def vote(db):
    """An open campaign: two themes of three objectives, three ranks."""
    return campaign()


@pytest.fixture
def page(vote):
    """A published page with the vote's ballot and results blocks."""
    return vote_page(vote, results=True)


@pytest.fixture
def voter(client):
    """A resident with a verified email, signed in."""
    user = VerifiedUserFactory()
    client.force_login(user)
    return user
