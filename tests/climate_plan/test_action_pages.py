"""The plan's list of actions goes through the one pager, filters kept."""

import html
import re

import pytest

from climate_plan.models import ActionStatus, ClimatePlanPage


@pytest.mark.django_db
def test_action_pages_keep_the_filters_and_the_anchor(
    client, plan, make_action, monkeypatch
):
    monkeypatch.setattr(ClimatePlanPage, "actions_per_page", 2)
    for n in range(5):
        make_action(title=f"Action {n}", slug=f"action-{n}", status=ActionStatus.DONE)
    make_action(title="Prévue", slug="prevue", status=ActionStatus.PLANNED)
    text = client.get(plan.url, {"status": "done"}).content.decode()
    nav = re.search(
        r'<nav class="pagination" aria-label="Pages des actions">(.*?)</nav>',
        text,
        re.S,
    )
    links = [html.unescape(href) for href in re.findall(r'href="([^"]*)"', nav[1])]
    assert "?status=done&page=2#actions" in links
    assert "?status=done&page=3#actions" in links
    assert "?status=done&page=4#actions" not in links  # the planned one is left out
