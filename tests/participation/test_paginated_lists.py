"""Proposals, comments and past events go through the one pager: page links keep
the list's filters, its parameter and its anchor, and stay few on long lists."""

import datetime
import html
import re

import pytest
from django.db.models import F
from django.utils import timezone

from participation.comments import services as comment_services
from participation.comments.models import Comment
from participation.events.models import EventIndexPage, EventPage
from participation.proposals import views as proposal_views
from tests.factories.accounts import UserFactory as ResidentFactory
from tests.factories.comments import make_discussed_page
from tests.factories.pages import home_page
from tests.factories.proposals import ProposalFactory

INDEX = "/participation/propositions/"


def pager(text, label):
    """The links of the navigation named `label`."""
    found = re.search(
        rf'<nav class="pagination" aria-label="{label}">(.*?)</nav>', text, re.S
    )
    assert found, f"no pager named {label}"
    return [html.unescape(href) for href in re.findall(r'href="([^"]*)"', found[1])]


@pytest.mark.django_db
def test_proposal_pages_keep_the_filters(client, call, monkeypatch):
    monkeypatch.setattr(proposal_views, "PER_PAGE", 2)
    for n in range(5):
        ProposalFactory(call=call, title=f"Caravane {n}", channel="caravan")
    ProposalFactory(call=call, title="Sur internet", channel="online")
    text = client.get(INDEX, {"channel": "caravan"}).content.decode()
    links = pager(text, "Pages des propositions")
    assert "?channel=caravan&page=2" in links
    assert "?channel=caravan&page=3" in links
    assert "?channel=caravan&page=4" not in links  # the online one is left out


@pytest.mark.django_db
def test_a_random_order_names_its_seed_and_every_page_keeps_it(
    client, call, monkeypatch
):
    monkeypatch.setattr(proposal_views, "PER_PAGE", 2)
    for n in range(5):
        ProposalFactory(call=call, title=f"Idée {n}")
    drawn = client.get(INDEX, {"sort": "random", "page": "2"})
    assert drawn.status_code == 302
    seed = re.search(r"seed=(\d+)", drawn.url)[1]
    text = client.get(drawn.url).content.decode()
    links = pager(text, "Pages des propositions")
    assert f"?sort=random&page=3&seed={seed}" in links
    assert all(f"seed={seed}" in link for link in links)
    # The filter form carries the seed too, so a new filter keeps the order.
    assert f'name="seed" value="{seed}"' in text


@pytest.fixture
def discussed(db):
    page = make_discussed_page(languages=())["fr"]
    return page, comment_services.discussion_for(page, create=True)


def add_comments(discussion, count):
    author = ResidentFactory()
    now = timezone.now()
    Comment.objects.bulk_create(
        (
            Comment(
                discussion=discussion,
                author=author,
                language="fr",
                body=f"Avis {n}",
                created_at=now + datetime.timedelta(seconds=n),
                depth=1,
            )
            for n in range(count)
        ),
        batch_size=2000,
    )
    Comment.objects.filter(discussion=discussion).update(root_id=F("pk"))


@pytest.mark.django_db
def test_a_thread_of_eleven_thousand_comments_prints_a_few_page_links(
    client, discussed
):
    page, discussion = discussed
    add_comments(discussion, 11_000)
    text = client.get(
        page.url, {"comments_order": "newest", "comments_page": "200"}
    ).content.decode()
    links = pager(text, "Pages de commentaires")
    assert len(links) < 15
    assert "?comments_order=newest&comments_page=201#comments" in links
    assert "?comments_order=newest&comments_page=550#comments" in links
    assert all(link.endswith("#comments") for link in links)
    assert text.count('aria-current="page"') == 1


@pytest.fixture
def archive(db):
    index = EventIndexPage(title="Agenda", slug="agenda")
    home_page().add_child(instance=index)
    now = timezone.now()
    for n, kind in enumerate(["workshop", "workshop", "workshop", "caravan"]):
        index.add_child(
            instance=EventPage(
                title=f"Passé {n}",
                slug=f"passe-{n}",
                event_type=kind,
                start=now - datetime.timedelta(days=n + 1),
            )
        )
    return index


@pytest.mark.django_db
def test_past_event_pages_keep_the_filters_and_the_anchor(client, archive, monkeypatch):
    monkeypatch.setattr(EventIndexPage, "past_per_page", 1)
    text = client.get(archive.url, {"type": "workshop"}).content.decode()
    links = pager(text, "Pages des événements passés")
    assert "?type=workshop&page=2#past" in links
    assert "?type=workshop&page=3#past" in links
    assert "?type=workshop&page=4#past" not in links  # the caravan is filtered out
