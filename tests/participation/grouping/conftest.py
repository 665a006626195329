import pytest

from accounts.roles import MODERATORS
from participation.grouping import services
from tests.factories.accounts import staff
from tests.factories.proposals import ProposalFactory
from tests.participation.grouping.texts import BIKES, INSULATION


@pytest.fixture
def grouper(client, db):
    """A moderator (who may group proposals), signed in."""
    user = staff(MODERATORS)
    client.force_login(user)
    return user


@pytest.fixture
def proposals(call, themes):
    """Five proposals about bikes, five about insulation, titled by theme."""
    made = {}
    for name, texts, theme in [
        ("bikes", BIKES, themes[0]),
        ("insulation", INSULATION, themes[1]),
    ]:
        made[name] = [
            ProposalFactory(call=call, theme=theme, title=text[:60], text=text)
            for text in texts
        ]
    return made


@pytest.fixture
def run(grouper, call, proposals, django_capture_on_commit_callbacks):
    """A finished run of two suggestions over the call."""
    with django_capture_on_commit_callbacks(execute=True):
        made = services.start_run(actor=grouper, call=call, clusters=2)
    made.refresh_from_db()
    return made


def suggestion_of(run, proposal):
    return run.suggestions.get(proposals=proposal)
