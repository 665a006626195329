"""Public proposal pages: index, detail, supports, search hook, inert user text."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from participation.models import Proposal, ProposalStatus, Support
from participation.proposals.search import published_proposals_search
from participation.proposals.services import support_proposal
from tests.factories.accounts import UserFactory
from tests.factories.proposals import ProposalFactory

INDEX = "/participation/propositions/"
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.mark.django_db
def test_index_filters_and_searches(client, call, themes, neighbourhood):
    ProposalFactory(
        call=call,
        title="Arceaux vélos",
        theme=themes[0],
        channel="caravan",
        neighbourhood=neighbourhood,
    )
    ProposalFactory(call=call, title="Compost collectif", theme=themes[1])
    ProposalFactory(
        call=call,
        title="En attente",
        status=ProposalStatus.objects.get(code="submitted"),
    )
    cases = {
        "": {"Arceaux vélos", "Compost collectif"},
        f"?theme={themes[1].pk}": {"Compost collectif"},
        "?channel=caravan": {"Arceaux vélos"},
        "?neighbourhood=centre-ville": {"Arceaux vélos"},
        "?q=compost": {"Compost collectif"},
        "?status=published": {"Arceaux vélos", "Compost collectif"},
    }
    for query, expected in cases.items():
        html = client.get(INDEX + query).content.decode()
        shown = {
            t for t in ("Arceaux vélos", "Compost collectif", "En attente") if t in html
        }
        assert shown == expected, query


def shown_titles(html, titles):
    return {title for title in titles if title in html}


@pytest.mark.django_db
def test_index_search_ignores_accents_and_keeps_filters_and_sorts(client, call, themes):
    titles = ("Pistes vélo", "Vélo-école", "Vélo en attente", "Compost")
    cycling = ProposalFactory(
        call=call, title=titles[0], text="Le long du quai.", theme=themes[0]
    )
    ProposalFactory(call=call, title=titles[1], text="Le samedi.", theme=themes[1])
    ProposalFactory(
        call=call,
        title=titles[2],
        text="Pas encore publiée.",
        status=ProposalStatus.objects.get(code="submitted"),
    )
    compost = ProposalFactory(call=call, title=titles[3], text="Au jardin.")
    compost.tags.add("déchets")
    compost.save()
    cases = [
        ({"q": "velo"}, {titles[0], titles[1]}),
        ({"q": "VÉLO quai"}, {titles[0]}),
        ({"q": "velo", "theme": themes[1].pk}, {titles[1]}),
        ({"q": "velo", "sort": "supported"}, {titles[0], titles[1]}),
        ({"q": "velo", "sort": "random", "seed": 3}, {titles[0], titles[1]}),
        ({"q": "dechets"}, {titles[3]}),
        ({"q": "jardin", "tag": "déchets"}, {titles[3]}),
        ({"q": "velo", "tag": "déchets"}, set()),
        ({"q": cycling.reference.lower()}, {titles[0]}),
        ({"q": "attente"}, set()),
    ]
    for query, expected in cases:
        response = client.get(INDEX, query)
        assert response.status_code == 200, query
        assert shown_titles(response.content.decode(), titles) == expected, query


@pytest.mark.django_db
def test_site_search_finds_proposals_without_accents(client, call):
    ProposalFactory(call=call, title="Arceaux vélo", text="Devant la mairie.")
    ProposalFactory(
        call=call,
        title="Vélo en attente",
        text="Pas encore publiée.",
        status=ProposalStatus.objects.get(code="submitted"),
    )
    hits = client.get("/search/", {"q": "velo"}).context["results"]
    assert [hit.title for hit in hits] == ["Arceaux vélo"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"', "'", "&|!", "-", "(", "a:*", "\\", "%", "«»"])
def test_punctuation_never_breaks_the_proposal_search(client, call, query):
    ProposalFactory(call=call)
    assert client.get(INDEX, {"q": query}).status_code == 200
    assert client.get("/search/", {"q": query}).status_code == 200


@pytest.mark.django_db
def test_tag_filter_and_sorts(client, call):
    popular = ProposalFactory(call=call, title="Populaire", support_count=9)
    popular.tags.add("vélo")
    popular.save()
    ProposalFactory(call=call, title="Récente")
    html = client.get(INDEX + "?tag=vélo").content.decode()
    assert "Populaire" in html and "Récente" not in html
    html = client.get(INDEX + "?sort=supported").content.decode()
    assert html.index("Populaire") < html.index("Récente")


@pytest.mark.django_db
def test_random_order_is_stable_for_a_seed(client, call):
    for n in range(30):
        ProposalFactory(call=call, title=f"Idée numéro {n:02d}")

    def order(seed):
        html = client.get(f"{INDEX}?sort=random&seed={seed}").content.decode()
        return [
            n
            for n in range(30)
            if f"Idée numéro {n:02d}" in html and html.index(f"Idée numéro {n:02d}")
        ]

    assert order(7) == order(7)
    drawn = client.get(INDEX + "?sort=random")
    assert drawn.status_code == 302 and "seed=" in drawn.url  # the address keeps it


@pytest.mark.django_db
def test_index_queries_do_not_grow_with_proposals(
    client, call, themes, django_assert_num_queries
):
    def add(count):
        Proposal.objects.bulk_create(
            ProposalFactory.build(
                call=call,
                reference=f"P-9999-{Proposal.objects.count() + n:05d}",
                author=None,
                theme=themes[n % 3],
            )
            for n in range(count)
        )
        for proposal in Proposal.objects.all()[:20]:
            proposal.tags.add("vélo")
            proposal.save()

    add(50)
    client.get(INDEX)  # warm caches (locales, site)
    with CaptureQueriesContext(connection) as small:
        client.get(INDEX)
    with_50 = len(small.captured_queries)  # read before the next request resets it
    add(1950)
    assert Proposal.objects.count() == 2000
    client.get(INDEX)  # the menu and links are read again after a write
    with django_assert_num_queries(with_50):
        client.get(INDEX)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs real concurrency")
def test_twenty_simultaneous_supports_by_one_resident_count_once(call):
    proposal = ProposalFactory(call=call)
    resident = UserFactory()
    barrier = threading.Barrier(20)
    results = []

    def support():
        barrier.wait()
        try:
            results.append(support_proposal(proposal, user=resident))
        finally:
            connection.close()

    threads = [threading.Thread(target=support) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Support.objects.filter(proposal=proposal).count() == 1
    assert results.count(True) == 1
    proposal.refresh_from_db()
    assert proposal.support_count == 1


@pytest.mark.django_db
def test_resident_supports_once_and_withdraws(client, call, resident):
    proposal = ProposalFactory(call=call)
    url = proposal.get_absolute_url()
    assert "Connectez-vous pour soutenir" in client.get(url).content.decode()
    client.force_login(resident)
    client.post(url + "soutien/", {"action": "support"})
    client.post(url + "soutien/", {"action": "support"})
    proposal.refresh_from_db()
    assert proposal.support_count == 1
    html = client.get(url).content.decode()
    assert "Retirer mon soutien" in html and "1 habitant soutient" in html
    client.post(url + "soutien/", {"action": "withdraw"})
    proposal.refresh_from_db()
    assert proposal.support_count == 0 and not Support.objects.exists()


@pytest.mark.django_db
def test_unpublished_proposals_cannot_be_supported(client, call, resident):
    proposal = ProposalFactory(
        call=call, status=ProposalStatus.objects.get(code="submitted")
    )
    client.force_login(resident)
    client.post(proposal.get_absolute_url() + "soutien/", {"action": "support"})
    assert not Support.objects.exists()


@pytest.mark.django_db
def test_search_hook_finds_published_proposals_only(call):
    ProposalFactory(call=call, title="Arceaux vélos devant l’école", language="en")
    ProposalFactory(
        call=call,
        title="Arceaux en attente",
        status=ProposalStatus.objects.get(code="submitted"),
    )
    found = published_proposals_search("arceaux", "fr")
    assert [p.title for p in found] == ["Arceaux vélos devant l’école"]
    assert not published_proposals_search("", "fr").exists()


@pytest.mark.django_db
def test_user_text_is_inert_everywhere(
    client, call, proposal_page, django_capture_on_commit_callbacks
):
    from accounts.roles import MODERATORS
    from participation.proposals.services import publish_proposal
    from tests.factories.accounts import staff

    author = UserFactory(display_name=PAYLOAD)
    proposal = ProposalFactory(
        call=call,
        author=author,
        title=PAYLOAD,
        text=PAYLOAD,
        pseudonym=PAYLOAD,
        publish_pseudonym=True,
        status=ProposalStatus.objects.get(code="submitted"),
    )
    proposal.tags.add(PAYLOAD[:30])
    proposal.save()
    moderator = staff(MODERATORS)
    with django_capture_on_commit_callbacks(execute=True):
        publish_proposal(proposal, actor=moderator)
    pages = [proposal.get_absolute_url(), INDEX, proposal_page.url]
    for url in pages:
        html = Client().get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;" in html, url
    client.force_login(moderator)
    for url in (
        f"/admin/proposal-moderation/{proposal.pk}/moderate/",
        "/admin/snippets/participation/proposal/",
    ):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html, url
    message = mail.outbox[0]
    assert message.alternatives == []  # plain text only: nothing to execute
    assert message.content_subtype == "plain"
