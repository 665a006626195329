"""The Content-Security-Policy in a real browser: the site's pages and the
Wagtail editor run without one refused script, style or frame."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.factories.accounts import UserFactory
from tests.factories.comments import make_discussed_page
from tests.factories.plan import plan

# Chromium fires `securitypolicyviolation` for every refused resource or inline
# code, also those no console message mentions; the page keeps a list of them.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


def signed_in_tab(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="fr-FR")
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    context.add_init_script(RECORD_VIOLATIONS)
    tab = context.new_page()
    tab.problems = []
    tab.on("pageerror", lambda error: tab.problems.append(f"{tab.url}: {error}"))
    tab.on(
        "console",
        lambda message: (
            tab.problems.append(f"{tab.url}: {message.text}")
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    return tab


def violations(tab):
    return [f"{tab.url}: {v}" for v in tab.evaluate("window.__cspViolations")]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_pages_and_the_page_editor_run_without_a_refused_resource(live_server, browser):
    themes = plan(themes=1, objectives=1, actions=1)
    action = themes[0].get_children().last().get_children().first()
    discussed = make_discussed_page(languages=())["fr"]
    tab = signed_in_tab(browser, live_server, UserFactory(is_superuser=True))
    problems = []

    for path in [
        "/",
        themes[0].get_parent().url,
        themes[0].url,
        action.url,
        discussed.url,
        "/search/?q=plan",
        "/participation/propositions/",
    ]:
        response = tab.goto(live_server.url + path, wait_until="load")
        assert response.headers["content-security-policy"], path
        problems += violations(tab)

    tab.goto(f"{live_server.url}/admin/pages/{action.pk}/edit/", wait_until="load")
    title = tab.locator("#id_title")
    title.fill("Action 1.1.1, revue")
    problems += violations(tab)
    tab.locator("button.action-save").first.click()
    expect(tab.locator(".messages .success")).to_be_visible()
    problems += violations(tab)

    assert problems + tab.problems == []
