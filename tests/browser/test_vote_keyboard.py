"""A full ballot cast with the keyboard only: Tab, arrow keys, Enter and Space."""

import pytest
from django.test import Client

from tests.factories.accounts import UserFactory
from tests.factories.plan import plan
from tests.factories.votes import campaign, opened_rankings, vote_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def tab_to(page, predicate, limit=80):
    """Press Tab until the focused element matches `predicate` (a JS expression)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {predicate}")


def test_keyboard_only_ballot(live_server, browser):
    vote = campaign(themes=plan(themes=1, objectives=3, actions=0))
    page_model = vote_page(vote)
    first, second, _third = vote.ballot_themes.first().option_ids()
    user = UserFactory()
    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value

    context = browser.new_context(viewport={"width": 320, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": session, "url": live_server.url}]
    )
    page = context.new_page()
    page.goto(live_server.url + page_model.url)

    tab_to(page, "el.tagName === 'SELECT' && el.name.endsWith('rank_1')")
    page.keyboard.press("ArrowDown")  # Objectif 1.1
    page.keyboard.press("ArrowDown")  # Objectif 1.2
    tab_to(page, "el.tagName === 'SELECT' && el.name.endsWith('rank_2')")
    page.keyboard.press("ArrowDown")  # Objectif 1.1
    tab_to(page, "el.tagName === 'BUTTON' && el.value === 'review'")
    page.keyboard.press("Enter")

    page.wait_for_selector(".ballot__review")
    # The review opens at the confirmation, which has focus: a phone voter
    # sees what is left to do.
    assert page.evaluate("document.activeElement.className") == "ballot__review"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page.locator(".ballot__ranking li").all_inner_texts() == [
        "Objectif 1.2",
        "Objectif 1.1",
    ]
    tab_to(page, "el.tagName === 'BUTTON' && el.value === 'confirm'")
    page.keyboard.press("Space")

    page.wait_for_selector(".vote__outcome")
    assert page.evaluate("document.activeElement.classList.contains('vote__outcome')")
    assert "Votre bulletin est pris en compte" in page.inner_text(".vote__outcome")
    assert "Votre récépissé" in page.inner_text(".vote__outcome")
    assert page.locator("select").count() == 0
    page.reload()
    assert "Vous avez voté dans ce thème le" in page.inner_text(".vote__done")
    context.close()

    assert opened_rankings(vote) == [[second, first]]
