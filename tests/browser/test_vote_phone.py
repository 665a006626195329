"""A ballot on a 320 px phone: every step fits the screen and takes the focus."""

import datetime

import pytest
from django.test import Client

from home.models import ContentPage
from participation.models import VoteCampaign
from participation.votes import services
from tests.factories.accounts import UserFactory
from tests.factories.pages import home_page
from tests.factories.plan import plan
from tests.factories.votes import campaign

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

WIDTH = 320


def published_vote(themes):
    """A past vote with its results, digest and all, published."""
    vote = campaign(themes=themes, opens_in=-7, closes_in=7)
    ct = vote.ballot_themes.first()
    services.cast_ballot(ct, ct.option_ids()[:2], "online", voter_key="x")
    VoteCampaign.objects.filter(pk=vote.pk).update(
        closes_at=vote.opens_at + datetime.timedelta(days=1)
    )
    vote.refresh_from_db()
    services.certify(vote, vote.private_key, "Camille Durand")
    services.publish_results(vote)
    return vote


def ballot_and_results_page(open_vote, past_vote):
    page = ContentPage(
        title="Le vote",
        slug="le-vote",
        body=[
            ("vote_widget", {"campaign": open_vote, "heading": "Votez", "intro": ""}),
            ("vote_results", {"campaign": past_vote, "heading": "2021", "intro": ""}),
        ],
    )
    home_page().add_child(instance=page)
    page.save_revision().publish()
    return page


def page_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def focused(page, selector):
    return page.evaluate(f"document.activeElement.matches({selector!r})")


def test_each_step_of_a_ballot_fits_a_phone_and_takes_the_focus(live_server, browser):
    themes = plan(themes=1, objectives=3, actions=0)
    open_vote = campaign(themes=themes)
    page_model = ballot_and_results_page(open_vote, published_vote(themes))
    client = Client()
    client.force_login(UserFactory())
    context = browser.new_context(viewport={"width": WIDTH, "height": 700})
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    page.goto(live_server.url + page_model.url)
    assert page.locator("code.digest").count() == 1
    assert page_width(page) <= WIDTH

    # Sent with no choice: the answer opens at the summary, which has focus.
    page.click("button[value=review]")
    page.wait_for_selector("[data-error-summary]")
    assert focused(page, "[data-error-summary]")
    assert page.evaluate("location.hash") == "#" + page.evaluate(
        "document.activeElement.id"
    )
    assert page_width(page) <= WIDTH

    page.select_option("select[name$=rank_1]", index=1)
    page.click("button[value=review]")
    page.wait_for_selector(".ballot__review")
    assert focused(page, ".ballot__review")
    assert page_width(page) <= WIDTH

    page.click("button[value=confirm]")
    page.wait_for_selector(".vote__outcome")
    assert focused(page, ".vote__outcome")
    assert "Votre récépissé" in page.inner_text(".vote__outcome")
    assert page_width(page) <= WIDTH
    context.close()
