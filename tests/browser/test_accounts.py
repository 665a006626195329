"""Sign up, confirm by email, sign out, sign in: in a real browser, no JavaScript needed."""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect, sync_playwright

from accounts import rules
from accounts.models import User

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def page():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        context = browser.new_context()
        yield context.new_page()
        context.close()
        browser.close()


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
