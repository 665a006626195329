"""Every state a resident reaches by sending a form passes the site's checks, in
the three languages, on a 320 px phone and a 1280 px screen: the expected
status, the page's language, no sideways scrolling, focus where the eye must
go (the error summary after a refused form, the outcome after a success),
axe-core (WCAG 2.1 AA), the Nu HTML Checker and no script error. All problems
are reported together."""

import pytest
from django.conf import settings as django_settings

from tests.browser.states import STATES, Tour
from tests.browser.support import PageVisitor, html_errors

WIDTHS = (320, 1280)

FOCUS_IN_VIEW = """selector => {
    const focused = document.activeElement;
    const target = focused && focused.closest(selector);
    if (!target) return "focus on " + (focused ? focused.outerHTML.slice(0, 80) : "nothing");
    const top = target.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight ? "" : "the focused element is out of view";
}"""


def problems_at_width(tab, width):
    """What is wrong with the page as it stands at `width` px."""
    tab.set_viewport_size({"width": width, "height": 800})
    problems = []
    scroll_width = tab.evaluate("document.documentElement.scrollWidth")
    if scroll_width > width:
        problems.append(f"{width} px: the page is {scroll_width} px wide")
    problems += [f"{width} px: {v}" for v in PageVisitor(tab).axe_violations()]
    return problems


def check_state(tour, state, language):
    """Reach `state` in `language` and list what does not hold there."""
    tab = tour.tab(WIDTHS[0], signed_in=state.signed_in)
    problems = []
    try:
        tour.forget_limits()
        state.reach(tour, tab, language)
        status = tab.answers[-1] if tab.answers else 0
        if status != state.status:
            problems.append(f"status {status}, expected {state.status}")
        lang = tab.evaluate("document.documentElement.lang")
        if lang != language:
            problems.append(f"<html lang={lang!r}>")
        if state.focus:
            where = tab.evaluate(FOCUS_IN_VIEW, state.focus)
            if where:
                problems.append(f"expected focus in {state.focus}: {where}")
        html = tab.content().encode()  # before axe adds its script
        for width in WIDTHS:
            problems += problems_at_width(tab, width)
        problems += [f"script error {error}" for error in tab.errors]
    finally:
        tab.context.close()
    return problems, html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", [code for code, _ in django_settings.LANGUAGES])
def test_every_state_reached_by_a_form_passes_the_checks(
    language, live_server, browser, settings, tmp_path
):
    # One sign-up a minute, so that the second attempt shows the 429 page.
    settings.ACCOUNT_RATE_LIMITS = {"signup": "1/m/ip"}
    tour = Tour(live_server, browser)
    problems, pages = [], {}
    for state in STATES:
        found, pages[state.name] = check_state(tour, state, language)
        problems += [f"{state.name}: {problem}" for problem in found]
    for name, errors in html_errors(pages, tmp_path).items():
        problems += [f"{name}: {error}" for error in errors]
    assert len(pages) == len(STATES)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
