"""A resident's journey in a real browser: sign in from the block, make a
mistake, fix it, send the proposal, then find and support a proposal."""

import pytest
from playwright.sync_api import expect

from participation.models import Proposal
from tests.factories.accounts import PASSWORD
from tests.factories.proposals import ProposalFactory


@pytest.fixture
def browser_page(browser):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and errors.append(message.text),
    )
    page.console_errors = errors
    yield page
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_resident_proposes_and_supports(
    live_server, browser_page, proposal_page, call, themes, resident
):
    call.moderation = "post"
    call.save()
    other = ProposalFactory(call=call, title="Des fontaines à eau au parc")
    page = browser_page
    page.goto(live_server.url + proposal_page.url)
    page.goto(live_server.url + proposal_page.url)
    page.locator(".proposal-form a.button").first.click()
    page.fill("input[name=login]", resident.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"**{proposal_page.url}**")

    page.fill("#id_text", "Des arceaux pour attacher les vélos des enfants.")
    page.select_option("#id_theme", str(themes[0].pk))
    page.get_by_role("button", name="Envoyer").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()  # the answer opens at the summary
    assert page.url.endswith("-errors")
    assert (
        page.input_value("#id_text")
        == "Des arceaux pour attacher les vélos des enfants."
    )
    summary.locator("a[href='#id_title']").click()
    page.fill("#id_title", "Des arceaux vélos devant l’école")
    page.get_by_role("button", name="Envoyer").click()
    outcome = page.locator(".proposal-form [data-outcome]")
    expect(outcome).to_be_focused()  # the outcome is where the form was
    expect(outcome).to_contain_text("Merci, bien reçu !")
    expect(outcome.get_by_role("link", name="Suivre ma proposition")).to_be_visible()
    assert Proposal.objects.filter(title="Des arceaux vélos devant l’école").exists()

    page.goto(live_server.url + "/participation/propositions/?q=fontaines")
    page.get_by_role("link", name=other.title).click()
    page.get_by_role("button", name="Soutenir cette proposition").click()
    assert "1 habitant soutient cette proposition." in page.content()
    # the invalid form is answered 400 by design; any script error would show here
    script_errors = [
        e for e in page.console_errors if "Failed to load resource" not in e
    ]
    assert script_errors == []
