"""Content-Security-Policy: every page forbids inline script, foreign scripts
and framing, and the site's own HTML needs no exception to that."""

from html.parser import HTMLParser

import pytest
from wagtail.models import Page

from tests.factories.accounts import UserFactory


def directives(response):
    header = response.headers.get("Content-Security-Policy", "")
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts, event
    handler attributes and style attributes."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            kind = attributes.get("type", "")
            if kind not in {"application/json", "application/ld+json"}:
                self.found.append(f"inline <script {attributes}>")
        if tag == "style":
            self.found.append("<style> element")
        for name in attributes:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}={attributes[name]!r}>")


def inline_code(html):
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def public_paths():
    paths = ["/search/?q=climat", "/accounts/login/", "/accounts/signup/"]
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        key = (page.content_type_id, page.locale_id)
        if key not in seen:
            seen.add(key)
            paths.append(page.url)
    return paths


@pytest.mark.django_db
def test_every_public_page_type_forbids_inline_script_and_framing(client, demo_site):
    problems = []
    for path in [*public_paths(), "/cette-page-n-existe-pas/"]:
        response = client.get(path)
        policy = directives(response)
        if policy.get("script-src") != ["'self'"]:
            problems.append(f"{path}: script-src {policy.get('script-src')}")
        if policy.get("style-src") != ["'self'"]:
            problems.append(f"{path}: style-src {policy.get('style-src')}")
        for name, value in [
            ("frame-ancestors", ["'none'"]),
            ("object-src", ["'none'"]),
            ("base-uri", ["'self'"]),
            ("form-action", ["'self'"]),
        ]:
            if policy.get(name) != value:
                problems.append(f"{path}: {name} {policy.get(name)}")
    assert problems == []


@pytest.mark.django_db
def test_no_public_page_carries_code_the_policy_would_block(client, demo_site):
    """What the header forbids must not be in the pages either: it would be
    refused by the browser, silently breaking the page."""
    client.force_login(UserFactory())  # the signed-in view has the most forms
    problems = []
    for path in public_paths():
        response = client.get(path, follow=True)  # sign-in pages go home
        assert response.status_code == 200, path
        problems += [f"{path}: {found}" for found in inline_code(response.text)]
    assert problems == []


@pytest.mark.django_db
def test_the_admin_loads_scripts_from_the_site_only_and_frames_only_itself(
    admin_client,
):
    response = admin_client.get("/admin/")

    policy = directives(response)
    assert response.status_code == 200
    # Wagtail's widgets need inline code; no other origin may serve scripts.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
