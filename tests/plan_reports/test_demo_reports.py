"""The demo freezes the reports before the 2023 and 2025 conferences and the
2025 conference page compares them, in three languages."""

import pytest

from climate_plan.models import ConferencePage
from plan_reports.comparison import compare
from plan_reports.models import PlanReport


@pytest.mark.django_db
def test_the_demo_compares_the_reports_before_the_2023_and_2025_conferences(
    demo_site, client
):
    before, after = PlanReport.objects.order_by("as_of")
    result = compare(before, after)
    assert len(result.done_since) == 3
    assert len(result.started_since) == 2
    assert result.newly_late
    headings = {
        "fr": "Ce qui a bougé entre",
        "en": "What moved between",
        "es": "Lo que ha cambiado entre",
    }
    for language, heading in headings.items():
        page = ConferencePage.objects.get(
            locale__language_code=language, edition_year=2025
        )
        html = client.get(page.url).content.decode()
        assert heading in html, language
    english = client.get(f"/en/reports/{after.slug}/").content.decode()
    assert "Build 12 km of safe cycle lanes" in english
