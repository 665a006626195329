"""The demo's residents follow a few things and chose how often they hear."""

import pytest

from accounts.demo import demo_residents
from notifications.models import Follow, Kind
from notifications.queries import frequencies_of


@pytest.mark.django_db
def test_demo_residents_follow_things_and_see_it_on_their_pages(demo_site, client):
    nour, camille, *_rest = demo_residents()
    followed = Follow.objects.filter(user=nour).select_related("page")
    assert {f.page.specific_class.__name__ for f in followed} == {
        "ActionPage",
        "ObjectivePage",
    }
    assert frequencies_of(nour)[Kind.NEWS] == "daily"
    assert frequencies_of(camille)[Kind.NEWS] == "weekly"
    client.force_login(nour)
    action = next(
        f.page for f in followed if f.page.specific_class.__name__ == "ActionPage"
    )
    assert "Ne plus suivre" in client.get(action.url).text
    page = client.get("/en/account/emails/")
    assert page.status_code == 200 and "Stop following" in page.text
