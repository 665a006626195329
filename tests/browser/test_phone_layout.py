"""At 320 px nothing widens the page, chart text stays legible and the
proposal filters fold away so the proposals come first."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from climate_plan.models import ActionPage, ClimatePlanPage
from tests.factories.plan import indicator, plan

PHONE = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 800}


@pytest.fixture
def plan_page(home):
    plan(themes=2, objectives=1, actions=2)
    page = ClimatePlanPage.objects.get()
    page.baseline_emissions = Decimal("310000")
    page.target_reduction = 40
    page.trajectory_indicator = indicator(
        {2016: 305_000, 2020: 290_000, 2024: 262_000},
        baseline=(2015, 310_000),
        target=(2035, 186_000),
    )
    page.save_revision().publish()
    for action in ActionPage.objects.all():
        action.expected_reduction = Decimal("4830")
        action.save_revision().publish()
    return page


def visit(browser, viewport, url):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(url)
    return context, page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_plan_page_fits_a_phone_and_its_chart_text_stays_legible(
    live_server, browser, plan_page
):
    context, page = visit(browser, PHONE, live_server.url + plan_page.url)
    assert page.evaluate("document.documentElement.scrollWidth") == 320
    sizes = page.evaluate(
        "[...document.querySelectorAll('.chart__svg text')]"
        ".filter(t => t.getClientRects().length)"
        ".map(t => parseFloat(getComputedStyle(t).fontSize)"
        " * t.ownerSVGElement.getBoundingClientRect().width"
        " / t.ownerSVGElement.viewBox.baseVal.width)"
    )
    assert sizes and min(sizes) >= 12
    labels = page.locator(".chart__svg--narrow text").all_text_contents()
    assert "kt" in labels and "300\u202f000" in labels  # unit, French grouping
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_proposal_filters_fold_on_a_phone_and_stay_open_on_a_wide_screen(
    live_server, browser, call
):
    url = live_server.url + "/participation/propositions/"
    context, page = visit(browser, PHONE, url)
    summary = page.locator("summary", has_text="Filtrer les propositions")
    expect(summary).to_be_visible()
    expect(page.get_by_role("button", name="Afficher")).to_be_hidden()
    summary.click()
    expect(page.get_by_role("button", name="Afficher")).to_be_visible()
    context.close()

    context, page = visit(browser, WIDE, url)
    expect(page.get_by_role("button", name="Afficher")).to_be_visible()
    context.close()
