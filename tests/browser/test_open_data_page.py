"""The open data documentation page in a real browser, in each language:
axe-core, the HTML checker, its language and no console error."""

import pytest

from tests.browser.support import PageVisitor, html_errors
from tests.browser.test_site_checks import check


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_open_data_page_passes_accessibility_and_html_checks(
    live_server, browser, home, tmp_path
):
    context = browser.new_context(locale="fr-FR")
    visitor = PageVisitor(context.new_page())
    problems, html = [], {}
    for path in [
        "/donnees-ouvertes/",
        "/en/donnees-ouvertes/",
        "/es/donnees-ouvertes/",
    ]:
        visit = visitor.visit(live_server.url + path)
        problems += check(path, visit, 200)
        html[path] = visit.html
    context.close()
    for path, errors in html_errors(html, tmp_path).items():
        problems += [f"{path}: {error}" for error in errors]
    assert not problems, "\n".join(problems)
