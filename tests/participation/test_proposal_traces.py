"""What became of a proposal, seen from the plan and the events: the objective
and action pages say which proposals they were born from, the event page lists
what residents proposed there."""

import datetime

import pytest
from django.utils import timezone

from participation.models import EventIndexPage, EventPage, ProposalStatus
from tests.factories.proposals import ProposalFactory


@pytest.mark.django_db
def test_objective_and_action_pages_show_the_proposals_they_were_born_from(
    client, call, themes
):
    objective = themes[0].get_children().first().specific
    action = objective.get_children().first().specific
    grouped = ProposalFactory(call=call, title="Rue aux écoles")
    grouped.objectives.add(objective)
    hidden = ProposalFactory(
        call=call,
        title="Pas encore publiée",
        status=ProposalStatus.objects.get(code="submitted"),
    )
    hidden.objectives.add(objective)

    for page in (objective, action):
        html = client.get(page.url).content.decode()
        assert "Né de 1 proposition" in html, page.url
        assert "Rue aux écoles" in html and grouped.reference in html
        assert "Pas encore publiée" not in html


@pytest.mark.django_db
def test_event_page_lists_the_proposals_collected_there(client, call, home):
    index = EventIndexPage(title="Agenda", slug="agenda")
    home.add_child(instance=index)
    stop = EventPage(
        title="La caravane au marché",
        slug="caravane-marche",
        event_type="caravan",
        start=timezone.now() - datetime.timedelta(days=30),
    )
    index.add_child(instance=stop)
    ProposalFactory(
        call=call, title="Des fontaines à eau", channel="caravan", event=stop
    )
    ProposalFactory(call=call, title="Ailleurs", channel="online")

    html = client.get(stop.url).content.decode()
    assert "1 proposition recueillie ici" in html
    assert "Des fontaines à eau" in html and "Ailleurs" not in html
