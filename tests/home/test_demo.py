import io

import pytest
from django.core.management import call_command
from wagtail.models import Page


def page_tree():
    return sorted(
        (page.url_path, page.locale.language_code, page.live)
        for page in Page.objects.select_related("locale")
    )


@pytest.mark.django_db
def test_demo_home_page_is_served_in_three_languages(demo_site, client):
    for prefix, title in [
        ("/", "Pour le climat, à Ivry, on agit\u00a0!"),
        ("/en/", "For the climate, in Ivry, we act!"),
        ("/es/", "¡Por el clima, en Ivry, actuamos!"),
    ]:
        response = client.get(prefix)
        assert response.status_code == 200
        assert title in response.content.decode()


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_tree(
    demo_site, django_capture_on_commit_callbacks
):
    before = page_tree()
    errors = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=1, stdout=io.StringIO(), stderr=errors)
    assert page_tree() == before
    assert "no translation" not in errors.getvalue()
