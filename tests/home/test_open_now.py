"""What is open now leads the header and the home page, read from the data."""

import datetime
import re

import pytest
from django.utils import timezone

from home.open_now import openings
from participation.models import EventPage
from tests.factories.proposals import ProposalCallFactory
from tests.factories.votes import campaign, vote_page
from tests.participation.proposal_helpers import make_proposal_page


def header(client, path="/"):
    html = client.get(path).content.decode()
    return html.split('class="site-header"', 1)[1].split("</header>", 1)[0]


def add_event(index_parent, title, days):
    from participation.models import EventIndexPage

    index = EventIndexPage.objects.first()
    if index is None:
        index = EventIndexPage(title="Agenda", slug="agenda")
        index_parent.add_child(instance=index)
    event = EventPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        event_type="workshop",
        start=timezone.now() + datetime.timedelta(days=days),
        place="Maison de quartier",
    )
    index.add_child(instance=event)
    return event


@pytest.mark.django_db
def test_an_open_call_puts_propose_in_the_header(client, proposal_page):
    html = header(client)
    assert f'href="{proposal_page.url}#block-' in html and "Proposer" in html


@pytest.mark.django_db
def test_a_closed_call_takes_propose_out_of_the_header(client, home, themes):
    past = timezone.now() - datetime.timedelta(days=1)
    closed = ProposalCallFactory(opens_at=past - datetime.timedelta(days=30))
    closed.closes_at = past
    closed.save()
    page = make_proposal_page(home, closed)
    assert f'href="{page.url}#block-' not in header(client)
    assert [o.kind for o in openings()] == []


@pytest.mark.django_db
def test_an_open_vote_puts_vote_in_the_header_and_a_trial_says_so(client, home):
    real = vote_page(campaign())
    trial = vote_page(campaign(title="Essai", is_trial=True))
    html = header(client)
    assert f'href="{real.url}#block-' in html and ">Voter<" in html
    found = [(o.kind, o.url.split("#")[0], o.action) for o in openings()]
    assert found == [
        ("vote", real.url, "Voter"),
        ("vote", trial.url, "Essayer le bulletin"),
    ]


@pytest.mark.django_db
def test_a_vote_not_yet_open_is_not_offered(client, home):
    page = vote_page(campaign(opens_in=2, closes_in=9))
    assert page.url not in header(client)


@pytest.mark.django_db
def test_the_next_event_is_the_soonest_coming_one(home):
    add_event(home, "Atelier passe", -3)
    add_event(home, "Atelier lointain", 20)
    soon = add_event(home, "Atelier proche", 4)
    [event] = [o for o in openings() if o.kind == "event"]
    assert (event.title, event.url) == ("Atelier proche", soon.url)


@pytest.mark.django_db
def test_the_page_a_quick_action_leads_to_is_not_listed_twice(client, proposal_page):
    proposal_page.show_in_menus = True
    proposal_page.save_revision().publish()
    assert header(client).count(f'href="{proposal_page.url}') == 1


@pytest.mark.django_db
def test_visitors_see_sign_in_and_residents_their_account(client, home, resident):
    assert "Se connecter" in header(client)
    client.force_login(resident)
    assert "Mon compte" in header(client)


def hero(client):
    html = client.get("/").content.decode()
    return html.split('class="hero"', 1)[1].split("</section>", 1)[0]


@pytest.mark.django_db
def test_the_home_hero_leads_to_the_open_vote_then_the_open_call(client, proposal_page):
    vote = vote_page(campaign())
    html = hero(client)
    buttons = re.findall(r'<a class="button[^"]*" href="([^"#]+)#', html)
    assert buttons == [vote.url, proposal_page.url]
    assert "Vote citoyen" in html


@pytest.mark.django_db
def test_with_nothing_open_the_home_page_calls_to_nothing(client, home):
    html = client.get("/").content.decode()
    assert "Participer maintenant" not in html and "hero__actions" not in html


@pytest.mark.django_db
def test_the_next_event_is_offered_on_the_home_page_with_its_date(client, home):
    event = add_event(home, "Atelier vélo", 3)
    html = client.get("/").content.decode()
    assert f'href="{event.url}"' in html and "Prochain rendez-vous" in html
    assert f'datetime="{timezone.localtime(event.start).isoformat()}"' in html
