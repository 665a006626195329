"""On a 320 px phone the header keeps Propose, Vote and Sign in in view and folds
the menu behind a button; without JavaScript the menu is a plain list."""

import pytest
from playwright.sync_api import expect

from tests.factories.votes import campaign, vote_page

PHONE = {"width": 320, "height": 640}


@pytest.fixture
def open_site(proposal_page):
    vote_page(campaign())
    return proposal_page


def phone_page(browser, javascript=True):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    return context, context.new_page()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_phone_visitor_sees_the_actions_and_opens_the_menu(
    live_server, browser, open_site
):
    context, page = phone_page(browser)
    page.goto(live_server.url + "/")
    header = page.locator(".site-header")
    for name in ("Proposer", "Voter", "Se connecter"):
        expect(header.get_by_role("link", name=name, exact=True)).to_be_in_viewport()
    search = page.get_by_role("link", name="Rechercher")
    expect(search).to_be_hidden()
    wide = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 320.5).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right)"
    )
    assert page.evaluate("document.documentElement.scrollWidth") == 320, wide

    menu = page.get_by_role("button", name="Menu")
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(search).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    expect(search).to_be_hidden()
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_without_javascript_the_menu_is_a_plain_list(live_server, browser, open_site):
    context, page = phone_page(browser, javascript=False)
    page.goto(live_server.url + "/")
    expect(page.get_by_role("button", name="Menu")).to_have_count(0)
    expect(page.get_by_role("link", name="Rechercher")).to_be_visible()
    header = page.locator(".site-header")
    expect(header.get_by_role("link", name="Proposer", exact=True)).to_be_visible()
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_on_a_wide_screen_the_header_is_one_row(live_server, browser, open_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/")
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 110
    tops = page.eval_on_selector_all(
        ".brand, .quick-actions a, .language-switcher summary",
        "els => els.map(e => e.getBoundingClientRect()).map(r => r.top + r.height / 2)",
    )
    assert max(tops) - min(tops) < 12  # one row
    context.close()
