"""The follow, email preferences and unsubscribe states alone (they are also
in the full tour of tests/browser/test_post_states.py), for a quick check."""

import pytest
from django.conf import settings as django_settings

from tests.browser.states import EMAIL_STATES, Tour
from tests.browser.support import html_errors
from tests.browser.test_post_states import check_state


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", [code for code, _ in django_settings.LANGUAGES])
def test_the_follow_and_email_states_pass_the_checks(
    language, live_server, browser, tmp_path
):
    tour = Tour(live_server, browser)
    problems, pages = [], {}
    for state in EMAIL_STATES:
        found, pages[state.name] = check_state(tour, state, language)
        problems += [f"{state.name}: {problem}" for problem in found]
    for name, errors in html_errors(pages, tmp_path).items():
        problems += [f"{name}: {error}" for error in errors]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
