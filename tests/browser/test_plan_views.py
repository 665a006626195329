"""The plan's indicator, dependency and wedge pages in a real browser: axe-core,
the HTML checker and no console error; ticking off an action in the wedge
redraws it in place with JavaScript."""

import datetime
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from climate_plan.models import ActionDependency, ActionIndicator
from tests.browser.support import PageVisitor, html_errors
from tests.browser.test_site_checks import check
from tests.factories.plan import (
    ActionPageFactory,
    ClimatePlanPageFactory,
    ObjectivePageFactory,
    ThemePageFactory,
    indicator,
)


@pytest.fixture
def followed_plan(home):
    plan = ClimatePlanPageFactory(parent=home)
    theme = ThemePageFactory(parent=plan, title="Mobilités", slug="mobilites")
    objective = ObjectivePageFactory(parent=theme, title="Vélo", slug="velo")
    actions = [
        ActionPageFactory(
            parent=objective,
            title=title,
            slug=f"action-{number}",
            status=status,
            expected_reduction=Decimal(tonnes),
            start_date=datetime.date(2020, 1, 1),
            end_date=datetime.date(2030, 1, 1),
        )
        for number, (title, status, tonnes) in enumerate(
            [
                ("Zone 30", "done", 100),
                ("Pistes cyclables", "in_progress", 200),
                ("Parkings vélo", "planned", 50),
            ]
        )
    ]
    ActionDependency.objects.create(action=actions[1], needed=actions[0])
    ActionDependency.objects.create(action=actions[2], needed=actions[1])
    emissions = indicator({2015: 1000, 2020: 900}, target=(2035, 600))
    ActionIndicator.objects.create(action=actions[1], indicator=emissions)
    return plan, emissions, actions


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_plan_views_pass_accessibility_and_html_checks(
    live_server, browser, followed_plan, tmp_path
):
    plan, emissions, actions = followed_plan
    paths = [
        plan.url + "indicators/",
        f"{plan.url}indicators/{emissions.translation_key}/",
        plan.url + "dependencies/",
        plan.url + "wedge/",
        plan.url + f"wedge/?chosen=1&a={actions[0].pk}",
        actions[1].url,
    ]
    context = browser.new_context(locale="fr-FR")
    visitor = PageVisitor(context.new_page())
    problems, html = [], {}
    for path in paths:
        visit = visitor.visit(live_server.url + path)
        problems += check(path, visit, 200)
        html[path] = visit.html
    context.close()
    for path, errors in html_errors(html, tmp_path).items():
        problems += [f"{path}: {error}" for error in errors]

    assert not problems, "\n".join(problems)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_unticking_an_action_redraws_the_wedge_without_reloading(
    live_server, browser, followed_plan
):
    plan, _emissions, _actions = followed_plan
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(live_server.url + plan.url + "wedge/")
    summary = page.locator("#wedge-summary")
    expect(summary).to_contain_text("350 tCO2e")
    page.evaluate("window.notReloaded = true")

    page.get_by_label("Pistes cyclables").uncheck()

    expect(summary).to_contain_text("150 tCO2e")
    assert page.evaluate("window.notReloaded") is True
    assert "chosen=1" in page.url
    context.close()
