import pytest

from accounts.roles import MODERATORS
from tests.factories.accounts import UserFactory, staff
from tests.factories.comments import make_discussed_page
from tests.factories.votes import campaign, vote_page


@pytest.fixture
def pages(db):
    return make_discussed_page(languages=("en", "es"))


@pytest.fixture
def other_resident(db):
    return UserFactory()


@pytest.fixture
def moderator(db):
    return staff(MODERATORS)


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
    user = UserFactory()
    client.force_login(user)
    return user
