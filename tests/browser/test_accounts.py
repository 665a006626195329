"""Sign up, confirm by email, sign out, sign in: in a real browser, no JavaScript needed."""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts import rules
from accounts.models import User

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def page(browser):
    # axe is injected as an inline script, which the site's CSP rightly refuses.
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_resident_signs_up_confirms_and_signs_in(live_server, page):
    page.goto(f"{live_server.url}/en/accounts/signup/")
    assert axe_violations(page) == []
    page.get_by_label("Email").fill("nour@example.org")
    page.get_by_label("Public pseudonym").fill("Nour")
    page.locator("#id_password1").fill("soleil-sur-ivry")
    page.locator("#id_password2").fill("soleil-sur-ivry")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verify")

    link = re.search(r"https?://\S+/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + re.sub(r"^https?://[^/]+", "", link))
    page.get_by_role("button", name="Confirm").click()
    assert rules.can_contribute(User.objects.get(email="nour@example.org"))

    page.goto(f"{live_server.url}/en/account/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My account")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Sign out").click()

    page.goto(f"{live_server.url}/en/accounts/login/")
    assert axe_violations(page) == []
    page.get_by_label("Email").fill("nour@example.org")
    page.get_by_label("Password").fill("soleil-sur-ivry")
    page.get_by_role("button", name="Sign In").click()
    page.goto(f"{live_server.url}/en/account/")
    expect(page.get_by_text("Signed in as Nour.", exact=True)).to_be_visible()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [320, 1280])
def test_a_refused_sign_in_or_sign_up_answers_at_the_focused_summary(
    live_server, browser, width
):
    # axe is injected as an inline script, which the site's CSP rightly refuses.
    context = browser.new_context(
        viewport={"width": width, "height": 700}, bypass_csp=True
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill("nobody@example.org")
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Sign In").click()
    summary = page.locator("#account-errors")
    expect(summary).to_be_focused()
    assert page.url.endswith("#account-errors")
    assert axe_violations(page) == []

    page.goto(f"{live_server.url}/en/accounts/signup/")
    page.get_by_label("Email").fill("not-an-address")
    page.get_by_role("button", name="Sign Up").click()
    expect(summary).to_be_focused()
    summary.locator("a[href='#id_email']").click()
    expect(page.locator("#id_email")).to_be_focused()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
