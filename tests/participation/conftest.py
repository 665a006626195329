import pytest
from django.core.cache import cache

from tests.factories.comments import (
    ResidentFactory,
    make_discussed_page,
    make_moderator,
)


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
