"""The anonymous page cache, tried as visitors, residents and staff would
meet it: a crowd of anonymous readers gets pages without a database query,
and never an old or someone else's page."""

import pytest
from django.test import Client
from wagtail.models import Page

from participation.comments import services as comments
from participation.proposals import services as proposals
from participation.votes import services as votes
from tests.factories.accounts import UserFactory, staff
from tests.factories.comments import make_discussed_page
from tests.factories.proposals import ProposalFactory
from tests.factories.votes import campaign, vote_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.AGIR_PAGE_CACHE = True


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what a write does once its transaction commits (the purge)."""

    def run(write, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return write(*args, **kwargs)

    return run


def visit(url, client=None):
    return (client or Client()).get(url)


def test_the_second_anonymous_visitor_gets_the_page_without_a_query(
    home, django_assert_num_queries
):
    first = visit(home.url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = visit(home.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_publishing_a_page_shows_the_new_text_to_the_next_visitor(home, committed):
    visit(home.url)
    page = Page.objects.get(pk=home.pk).specific
    page.hero_title = "Le plan climat est adopté"
    committed(page.save_revision().publish)
    again = visit(home.url)
    assert again["X-Page-Cache"] == "miss"
    assert "Le plan climat est adopté" in again.content.decode()


def test_unpublishing_a_page_takes_it_away_at_once(committed):
    page = make_discussed_page(languages=())["fr"]
    assert visit(page.url).status_code == 200
    committed(page.unpublish)
    assert visit(page.url).status_code == 404


def test_a_comment_posted_appears_for_the_next_anonymous_visitor(committed):
    page = make_discussed_page(languages=())["fr"]
    visit(page.url)
    committed(comments.post_comment, UserFactory(), page, "Plus d’arbres rue Marat")
    assert "Plus d’arbres rue Marat" in visit(page.url).content.decode()


def test_a_comment_hidden_by_a_moderator_disappears_for_anonymous_visitors(
    committed,
):
    page = make_discussed_page(languages=())["fr"]
    comment = committed(comments.post_comment, UserFactory(), page, "Texte injurieux")
    assert "Texte injurieux" in visit(page.url).content.decode()
    committed(comments.hide, staff("Moderators"), comment, "insult")
    assert "Texte injurieux" not in visit(page.url).content.decode()


def test_a_proposal_published_by_a_moderator_enters_the_public_list(
    proposal_page, call, committed
):
    proposal = ProposalFactory(
        call=call, title="Des fontaines au parc", status=proposals.status("submitted")
    )
    listing = proposal_page.url
    assert "Des fontaines au parc" not in visit(listing).content.decode()
    committed(proposals.publish_proposal, proposal, actor=staff("Moderators"))
    assert "Des fontaines au parc" in visit(listing).content.decode()


def test_signed_in_residents_never_get_a_cached_page_nor_leave_one(home, resident):
    anonymous = visit(home.url)
    signed_in = Client()
    signed_in.force_login(resident)
    own = visit(home.url, signed_in)
    assert "X-Page-Cache" not in own
    assert "Mon compte" in own.content.decode()
    assert "private" in own["Cache-Control"]
    after = visit(home.url)
    assert after["X-Page-Cache"] == "hit"
    assert after.content == anonymous.content
    assert "Mon compte" not in after.content.decode()


def test_a_page_with_a_security_token_is_never_cached(db, home):
    returning = Client()
    first = visit("/accounts/login/", returning)
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert "X-Page-Cache" not in first
    for client in (returning, Client()):  # with the token's cookie, and without
        again = visit("/accounts/login/", client)
        assert "X-Page-Cache" not in again
        assert again.cookies.get("csrftoken")


def test_no_page_of_the_demo_is_cached_with_a_token_or_a_session(demo_site):
    kept = []
    for page in Page.objects.live().filter(depth__gt=1):
        answer = visit(page.url)
        if answer.get("X-Page-Cache") == "miss":
            kept.append(page.url)
            assert b"csrfmiddlewaretoken" not in answer.content, page.url
            assert not answer.cookies, page.url
    # The cache is of use: nearly every public page can be shared.
    assert len(kept) >= 0.9 * Page.objects.live().filter(depth__gt=1).count()


def test_ballots_leave_the_cache_warm_and_the_certified_count_purges_it(committed):
    vote = campaign()
    page = vote_page(vote, results=True)
    visit(page.url)
    theme = vote.ballot_themes.first()
    for number in range(3):
        committed(
            votes.cast_ballot,
            theme,
            theme.option_ids()[:2],
            "online",
            voter_key=f"voter-{number}",
        )
    assert visit(page.url)["X-Page-Cache"] == "hit"
    vote.closes_at = vote.opens_at
    committed(vote.save)
    assert visit(page.url)["X-Page-Cache"] == "miss"


def test_a_sign_in_does_not_purge_the_cache(home, resident):
    visit(home.url)
    Client().login(email=resident.email, password="x")  # a failed attempt
    signed_in = Client()
    signed_in.force_login(resident)  # writes last_login
    assert visit(home.url)["X-Page-Cache"] == "hit"
