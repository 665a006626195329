"""The demo has pledges across Ivry's neighbourhoods on a page in three languages."""

import pytest
from wagtail.models import Locale

from home.models import ContentPage
from pledges.queries import totals


@pytest.mark.django_db
def test_the_demo_shows_pledges_across_the_neighbourhoods_in_three_languages(
    demo_site, client
):
    result = totals()
    assert len(result.actions) == 5
    assert all(count > 0 for _name, count in result.neighbourhoods)
    assert result.people < result.pledges
    words = {"fr": "Je m’engage à", "en": "I pledge to", "es": "Me comprometo a"}
    source = ContentPage.objects.get(slug="je-m-engage")
    for language, legend in words.items():
        page = source.get_translation(Locale.objects.get(language_code=language))
        html = client.get(page.url).content.decode()
        assert legend in html, language
