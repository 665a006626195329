"""Editors can edit and translate the demo pages in the admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser(
        email="page-editor-in-tests@example.org", password="a-long-password"
    )
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_demo_pages_open_in_the_editor_and_the_translation_editor(
    demo_site, editor_client
):
    pages = Page.objects.filter(depth__gt=1).select_related("locale")
    assert pages.count() >= 12
    for page in pages:
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, (page.url_path, page.locale.language_code)
    about = demo_site.get_children().get(slug="la-demarche")
    response = editor_client.get(f"/admin/localize/submit/page/{about.pk}/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_site_settings_and_footer_text_open_in_the_admin(demo_site, editor_client):
    assert editor_client.get("/admin/settings/home/sitesettings/").status_code in (
        200,
        302,
    )
    assert editor_client.get("/admin/snippets/home/footertext/").status_code == 200
