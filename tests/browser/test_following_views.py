"""How the plan is followed, in a real browser: an action with its
organisations, contacts, phases, tasks and flags, the plan's late filter and
the organisation pages pass axe-core, the HTML checker and show no console
error."""

import datetime

import pytest

from climate_plan.models import ImplementationPhase
from tests.browser.support import PageVisitor, html_errors
from tests.browser.test_site_checks import check
from tests.factories.plan import (
    ActionPageFactory,
    ClimatePlanPageFactory,
    ObjectivePageFactory,
    ThemePageFactory,
    follow,
    organisation,
    update,
)


@pytest.fixture
def followed_action(home):
    plan = ClimatePlanPageFactory(parent=home)
    plan.phases = [
        ImplementationPhase(identifier="planned", name="Prévue"),
        ImplementationPhase(identifier="preparation", name="Préparation"),
        ImplementationPhase(identifier="implementation", name="Mise en œuvre"),
        ImplementationPhase(identifier="done", name="Terminée"),
    ]
    plan.save()
    theme = ThemePageFactory(parent=plan, title="Mobilités", slug="mobilites")
    objective = ObjectivePageFactory(parent=theme, title="Vélo", slug="velo")
    today = datetime.date.today()
    action = follow(
        ActionPageFactory(
            parent=objective,
            title="Pistes cyclables",
            slug="pistes",
            status="delayed",
            status_reason="Le financement régional n’est pas confirmé.",
        ),
        organisations=[
            (organisation(), "lead"),
            (organisation("ADEME", "ademe", "partner"), "partner"),
        ],
        contacts=[("Inès Martin", "Chargée de mission", "ines@ville.example", True)],
        tasks=[
            ("Étude", today - datetime.timedelta(days=200), today),
            ("Travaux", today - datetime.timedelta(days=5), None),
            ("Inauguration", today + datetime.timedelta(days=90), None),
        ],
        phase="preparation",
    )
    update(action, today - datetime.timedelta(days=200))
    return plan, action


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_following_views_pass_accessibility_and_html_checks(
    live_server, browser, followed_action, tmp_path
):
    plan, action = followed_action
    paths = [
        action.url,
        plan.url + "?timeliness=late&organisation=ademe",
        plan.url + "organisations/",
        plan.url + "organisations/ademe/",
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
