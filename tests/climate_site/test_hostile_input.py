"""Hostile input never gets a 500: every URL pattern of the site with hostile
path parameters and query strings, and every public form posted with hostile
values. A refusal is a page of the site in the visitor's language, and
nothing is written.

Runs on PostgreSQL and on SQLite (`make test` runs it on both): integer
ranges, NUL and full-text syntax fail differently on each.
"""

import re
from html.parser import HTMLParser
from urllib.parse import quote, urlencode, urlsplit

import pytest
from django.apps import apps
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.converters import get_converters
from django.utils import translation
from django.utils.translation import gettext
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from participation.models import Comment
from participation.proposals.queries import RANDOM_MODULUS

HUGE = [str(2**63 - 1), str(2**63), str(2**64), "9" * 40]
TEXT = [
    "\x00",
    "a\x00b",
    "\u202e\u2066évil\u2069\u200b",
    '"',
    "\"'<>&;--",
    "abc",
    "-1",
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",  # a base36 id far beyond 2**64
    "x" * 1_000_000,
]
VALUES = [*HUGE, *TEXT]
# In addresses and forms, a shorter table (each request renders a page).
SHORT = [HUGE[1], HUGE[3], "\x00", TEXT[2], '"', TEXT[7], TEXT[-1]]

# Every query parameter a public view reads, and a few it might.
QUERY_NAMES = [
    "q", "page", "sort", "seed", "theme", "status", "channel", "type",
    "neighbourhood", "tag", "objective", "format", "next", "code", "receipt",
    "call", "year", "past",
]  # fmt: skip
SPECIAL_QUERIES = [
    "sort=random&seed=9223372036854775807",
    "sort=random&seed=99999999999999999999999",
    "sort=random&seed=-5",
    "page=9223372036854775808&q=%22",
    "theme=abc&status=abc&neighbourhood=abc&type=abc",
    "q=%22%22%22&page=last",
    "q=a%00b",
    "q=%ff%fe",
    "q=*&q=OR&q=NEAR(",
]
PREFIXES = {"fr": "", "en": "/en", "es": "/es"}

# Rows a form may write: a refused post leaves every count as it was.
WRITTEN = [
    "accounts.User",
    "account.EmailAddress",
    "participation.Proposal",
    "participation.Comment",
    "participation.Report",
    "participation.Ballot",
]
# Posting these ends the resident's session or account, not the test's point.
SKIPPED_ACTIONS = ("/accounts/logout/", "/account/delete/")


def row_counts():
    return [apps.get_model(label).objects.count() for label in WRITTEN]


# The URL patterns ----------------------------------------------------------

PLACEHOLDER = re.compile(r"<(?:(\w+):)?\w+>|\((?:\?P<\w+>)?([^()]*)\)")


def patterns(resolver=None, prefix=""):
    """(route, view) of every URL pattern, includes resolved."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def fill(route):
    """Paths matching `route`: for each hostile value, every placeholder whose
    pattern accepts it holds it (the others hold 1)."""
    route = route.replace("^", "").replace("$", "")
    pieces = PLACEHOLDER.split(route)
    # split() yields text, converter name, group regex, text, ...
    texts, accepts = pieces[0::3], []
    for converter, regex in zip(pieces[1::3], pieces[2::3], strict=True):
        if regex is None:
            regex = get_converters()[converter or "str"].regex
        accepts.append(re.compile(regex))
    paths = []
    for value in SHORT:
        held = [value if a.fullmatch(value) else "1" for a in accepts]
        if value not in held and accepts:
            continue
        path = texts[0]
        for one, text in zip(held, texts[1:], strict=True):
            path += quote(one, safe="") + text
        paths.append("/" + path)
    return list(dict.fromkeys(paths))


def page_paths():
    """One live page of each type, and each of its page routes, filled."""
    seen, pages, routes = set(), [], []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        if type(page) in seen:
            continue
        seen.add(type(page))
        pages.append(page.url)
        if isinstance(page, RoutablePageMixin):
            for entry in page.get_resolver().url_patterns:
                routes += [page.url + p[1:] for p in fill(str(entry.pattern))]
    return pages, routes


def site_paths():
    paths = []
    for route, view in patterns():
        if route.startswith("admin/") or view.__module__ == "wagtail.views":
            continue  # the admin is staff-only; Wagtail's page serving below
        paths += fill(route)
    return paths


# Checking an answer --------------------------------------------------------


def request(client, method, url, language, **kwargs):
    """The answer, or what went wrong as one line."""
    cache.clear()  # rate limits would answer 429 before the view is reached
    try:
        response = getattr(client, method)(url, **kwargs)
    except Exception as error:  # noqa: BLE001 — every crash is reported
        return None, f"{method.upper()} {url[:120]}: {type(error).__name__}: {error}"[
            :400
        ]
    status = response.status_code
    where = f"{method.upper()} {url[:120]} -> {status}"
    if status >= 500:
        return response, where
    if urlsplit(url).path.startswith("/api/"):
        # The open data API answers its errors in JSON, for programs.
        if (
            status >= 400
            and "detail" not in response.json()
            and "message" not in response.json()
        ):
            return response, f"{where}: not a JSON error"
        return response, None
    if status >= 400 and response.get("Content-Type", "").startswith("text/html"):
        html = response.content.decode(errors="replace")
        if 'id="main"' not in html or f'<html lang="{language}"' not in html:
            return response, f"{where}: not a page of the site in {language!r}"
    elif status >= 400 and method == "get":
        return response, f"{where}: not a page of the site"
    return response, None


def listing_paths():
    """The views that read their query string: lists, filters, search."""
    from climate_plan.models import ClimatePlanPage
    from participation.events.models import EventIndexPage
    from participation.models import VoteCampaign

    vote = VoteCampaign.objects.first()
    comment = Comment.objects.filter(hidden_at__isnull=True).first()
    discussed = Client().get(f"/participation/comments/{comment.pk}/")["Location"]
    return [
        "/",
        "/search/",
        "/participation/propositions/",
        f"/participation/votes/{vote.pk}/receipts/",
        ClimatePlanPage.objects.live().first().url,
        EventIndexPage.objects.live().first().url,
        urlsplit(discussed).path,
    ]


def test_hostile_path_parameters_and_queries_never_get_a_500(demo_site, resident):
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(resident)
    problems = []
    pages, routes = page_paths()
    for i, path in enumerate(site_paths() + routes):
        language = list(PREFIXES)[i % len(PREFIXES)]
        url = PREFIXES[language] + path
        for client, method in [(anonymous, "get"), (signed_in, "post")]:
            problems.append(request(client, method, url, language)[1])
    # Each value in every parameter at once; 1 MB in two (the whole query
    # string stays at a size a server accepts).
    queries = [urlencode(dict.fromkeys(QUERY_NAMES, v)) for v in SHORT[:-1]]
    queries.append(urlencode(dict.fromkeys(["q", "seed"], VALUES[-1])))
    listings = listing_paths()
    for path in dict.fromkeys(listings + pages):
        # Every hostile query on the lists; two on the other pages.
        asked = queries + SPECIAL_QUERIES if path in listings else queries[:2]
        for i, query in enumerate(asked):
            language = list(PREFIXES)[i % len(PREFIXES)]
            url = f"{PREFIXES[language]}{path}?{query}"
            problems.append(request(signed_in, "get", url, language)[1])
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems)


# The forms -----------------------------------------------------------------


class Forms(HTMLParser):
    """The forms of a page: action, method and fields with their values."""

    def __init__(self):
        super().__init__()
        self.forms, self.current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {
                "action": attrs.get("action") or "",
                "method": (attrs.get("method") or "get").lower(),
                "fields": {},
            }
            self.forms.append(self.current)
        elif tag in {"input", "select", "textarea"} and self.current is not None:
            name = attrs.get("name")
            if not name or attrs.get("type") in {"submit", "button"}:
                return
            if (
                attrs.get("type") in {"checkbox", "radio"}
                and name in self.current["fields"]
            ):
                return
            self.current["fields"][name] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def forms_of(client, path):
    response = client.get(path, follow=True)
    parser = Forms()
    parser.feed(response.content.decode(errors="replace"))
    for form in parser.forms:
        form["action"] = urlsplit(form["action"]).path or response.request["PATH_INFO"]
    return parser.forms


def public_forms(resident):
    """Every kind of form a resident or a visitor meets (pages, proposals,
    comments, reports, the vote, the account, sign-in and sign-up), once per
    view and set of fields."""
    signed_in = Client()
    signed_in.force_login(resident)
    comment = Comment.objects.filter(hidden_at__isnull=True).first()
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code="fr")
    paths = {
        signed_in: [
            *(page.url for page in pages),
            f"/participation/report/participation.comment/{comment.pk}/",
            "/account/",
            "/participation/propositions/",
        ],
        Client(): ["/", "/accounts/login/", "/accounts/signup/", "/agenda/"],
    }
    found = {}
    for client, client_paths in paths.items():
        who = "resident" if client is signed_in else "visitor"
        for path in client_paths:
            for form in forms_of(client, path):
                if form["action"].startswith(SKIPPED_ACTIONS):
                    continue
                view = resolve(form["action"]).func
                names = tuple(re.sub("[0-9]+", "", name) for name in form["fields"])
                key = (who, form["method"], view, names)
                found.setdefault(key, (who, form))
    return list(found.values())


def hostile_payloads(fields):
    """Missing fields, each hostile value in every field, two values where
    one is expected, and 1 MB in the first field."""
    yield {}
    for value in SHORT[:-1]:
        yield dict.fromkeys(fields, value)
    yield {name: ["a", "b"] for name in fields}
    first = next((name for name in fields if name != "csrfmiddlewaretoken"), None)
    if first:
        yield {**fields, first: SHORT[-1]}


MALFORMED = [
    ("multipart/form-data; boundary=xyz", b"--xyz\r\nContent-Disposition: form-da"),
    ("multipart/form-data", b"no boundary at all"),
    ("application/x-www-form-urlencoded", b"body=%00%ff%fe&&=&%zz=1"),
]


def test_every_public_form_refuses_hostile_values_with_a_page_and_writes_nothing(
    demo_site, resident
):
    problems = []
    for who, form in public_forms(resident):
        method, action = form["method"], form["action"]
        client = Client()
        if who == "resident":
            client.force_login(resident)
        for i, payload in enumerate(hostile_payloads(form["fields"])):
            language = list(PREFIXES)[i % len(PREFIXES)]
            url = action if language == "fr" else PREFIXES[language] + action
            before = row_counts()
            if method == "get":
                response, problem = request(client, "get", url, language, data=payload)
            else:
                response, problem = request(client, "post", url, language, data=payload)
            problems.append(problem)
            if response is not None and not 300 <= response.status_code < 400:
                if row_counts() != before and response.status_code >= 400:
                    problems.append(f"{who} {action} {list(payload)}: rows written")
        if method == "post":
            for content_type, body in MALFORMED:
                before = row_counts()
                response, problem = request(
                    client, "post", action, "fr", data=body, content_type=content_type
                )
                problems.append(problem)
                if row_counts() != before:
                    problems.append(f"{who} {action} {content_type}: rows written")
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems)


# What a visitor sees ---------------------------------------------------------


def translated(language, message):
    with translation.override(language):
        text = gettext(message)
    assert text != message or language == "en"
    return text


@pytest.mark.django_db
def test_opening_a_forms_address_as_a_page_explains_it_in_the_visitors_language(
    client,
):
    response = client.get("/es/participation/votes/themes/1/ballot/")

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert translated("es", "Not possible at this address") in response.text


@pytest.mark.django_db
def test_a_nul_in_the_address_or_the_query_gets_the_400_page(client):
    for url in ["/participation/propositions/%00/", "/agenda/?type=a%00b"]:
        response = client.get(url)

        assert response.status_code == 400, url
        assert translated("fr", "Request not understood") in response.text


@pytest.mark.django_db
def test_a_shuffle_seed_beyond_the_shuffle_is_replaced_by_a_fresh_one(client):
    response = client.get(
        "/participation/propositions/", {"sort": "random", "seed": 2**63 - 1}
    )

    assert response.status_code == 302
    seed = int(response["Location"].split("seed=")[1])
    assert seed < RANDOM_MODULUS
    assert client.get(response["Location"]).status_code == 200
