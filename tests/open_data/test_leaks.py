"""An attacker's crawl of the open data: every endpoint and CSV, every page
of every listing, in every language, anonymous, signed in as staff and with
a password in the header. Nothing unpublished, private, personal or
staff-only, and no vote result before it is certified and published, may
appear in any answer."""

import base64
import datetime
import re

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from climate_plan.models import ActionPage, ObjectivePage, ThemePage
from home.models import ContentPage
from participation.models import ProposalStatus
from participation.votes import services as votes
from plan_reports.services import freeze_report
from tests.factories.accounts import UserFactory
from tests.factories.pages import home_page, translate_page
from tests.factories.plan import ActionPageFactory, update
from tests.factories.proposals import ProposalFactory
from tests.factories.votes import campaign

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.AGIR_API_RATE_LIMIT = 10_000


SECRET = re.compile(r"SECRET|secret-[a-z]+@example\.org", re.IGNORECASE)
LANGUAGES = ["fr", "en", "es"]
STARTS = [
    "/api/",
    "/api/v1/actions/?limit=2",
    "/api/v1/action-updates/?limit=2",
    "/api/v1/indicators/?limit=2",
    "/api/v1/proposals/?limit=2",
    "/api/v1/votes/?limit=1",
    "/api/v1/reports/?limit=1",
    "/api/v2/pages/?limit=5",
    "/api/v2/pages/?limit=5&fields=*",
    "/api/v2/pages/?type=climate_plan.ActionPage&fields=*",
    "/api/v2/pages/?search=SECRET",
    "/api/v2/images/",
    "/api/v2/documents/",
]
CSV = ["actions", "action-updates", "indicators", "proposals", "votes", "reports"]


@pytest.fixture
def secrets(themes):
    """Everything that must stay out of the open data, beside public rows."""
    objective = ObjectivePage.objects.get(title="Objectif 1.1")
    live = ActionPage.objects.get(title="Action 1.1.1")
    translate_page(live, "en")
    # An unpublished action, and a public one's unpublished draft.
    hidden = ActionPageFactory(
        parent=objective, title="SECRET unpublished action", live=False
    )
    hidden_update = update(hidden, "2024-01-01")
    hidden_update.text = "SECRET update of an unpublished action"
    hidden_update.save()
    draft = ActionPage.objects.get(pk=live.pk)
    draft.title = "SECRET draft title"
    draft.lead_service = "SECRET draft service"
    draft.save_revision()
    # A live action under an unpublished objective, and under a private one.
    orphaned = ObjectivePage.objects.get(title="Objectif 2.1")
    ActionPageFactory(parent=orphaned, title="SECRET action of a hidden objective")
    orphaned.unpublish()
    private = ObjectivePage.objects.get(title="Objectif 3.1")
    ActionPageFactory(parent=private, title="SECRET action of a private objective")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="pw"
    )
    page = ContentPage(title="SECRET members' page", slug="members")
    home_page().add_child(instance=page)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    unpublished_theme = ThemePage.objects.get(title="Nature en ville")
    unpublished_theme.title = "SECRET theme title"
    unpublished_theme.save()
    unpublished_theme.unpublish()
    # An update on a public action: its author stays out.
    written = update(live, "2024-02-01")
    written.author = UserFactory(email="secret-committee@example.org")
    written.save()
    # Proposals: one public with every personal field filled, and the others.
    call = ProposalFactory().call
    call.title = "SECRET staff title of the call"
    call.save()
    agent = UserFactory(email="secret-agent@example.org")
    ProposalFactory(
        call=call,
        title="Une idée publique",
        author=UserFactory(email="secret-author@example.org"),
        entered_by=agent,
        contact="SECRET contact 06 00 00 00 00",
        pseudonym="SECRET pseudonym",
        publish_pseudonym=True,
        status_reason="SECRET moderation reason",
        theme=unpublished_theme,
    )
    statuses = {s.code: s for s in ProposalStatus.objects.all()}
    ProposalFactory(call=call, title="SECRET submitted", status=statuses["submitted"])
    ProposalFactory(call=call, title="SECRET rejected", status=statuses["rejected"])
    ProposalFactory(call=call, title="SECRET hidden", hidden_at=timezone.now())
    target = ProposalFactory(call=call, title="Idée regroupée")
    ProposalFactory(call=call, title="SECRET merged", merged_into=target)
    # Votes: one open with ballots, one certified but not yet published.
    open_vote = campaign(themes=themes[:2], title="SECRET open vote")
    theme = open_vote.ballot_themes.first()
    votes.cast_ballot(theme, theme.option_ids()[:2], "online", voter_key="k1")
    certified = campaign(
        themes=themes[:1], title="SECRET certified vote", opens_in=-9, closes_in=-2
    )
    certified.certified_at = timezone.now() - datetime.timedelta(hours=1)
    certified.results = [{"theme": themes[0].pk, "ballots": 777, "options": []}]
    certified.save()
    published = campaign(
        themes=themes[:1], title="Vote publié", opens_in=-9, closes_in=-2
    )
    published.certified_at = published.published_at = timezone.now()
    published.results = [{"theme": themes[0].pk, "ballots": 12, "options": []}]
    published.save()
    # A frozen report of the plan as it stands with all of the above.
    freeze_report(title="Bilan", slug="bilan", as_of=timezone.localdate())
    # A document in a private collection.
    closed = Collection.get_first_root_node().add_child(name="SECRET collection")
    CollectionViewRestriction.objects.create(
        collection=closed, restriction_type="login"
    )
    Document.objects.create(
        title="SECRET document",
        collection=closed,
        file=ContentFile(b"x", name="minutes.txt"),
    )
    return {"open_vote": open_vote, "certified": certified, "published": published}


def clients():
    staff = Client()
    staff.force_login(UserFactory(is_superuser=True, is_staff=True))
    credentials = base64.b64encode(b"admin@example.org:password").decode()
    return {
        "anonymous": (Client(), {}),
        "staff": (staff, {}),
        "basic": (Client(), {"HTTP_AUTHORIZATION": f"Basic {credentials}"}),
    }


def crawl(client, headers, language):
    """Every answer reachable from the starts: next pages and detail links."""
    seen, todo, bodies = set(), [], []
    todo += [f"{url}{'&' if '?' in url else '?'}locale={language}" for url in STARTS]
    todo += [f"/api/v1/{name}.csv?locale={language}" for name in CSV]
    while todo:
        url = todo.pop().replace("http://testserver", "")
        if "locale=" not in url:
            url += f"{'&' if '?' in url else '?'}locale={language}"
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url, **headers)
        assert response.status_code == 200, url
        assert "sessionid" not in response.cookies
        body = response.content.decode()
        bodies.append((url, body))
        if response["Content-Type"].startswith("application/json"):
            data = response.json()
            for link in [data.get("next")] + re.findall(
                r'"detail_url":\s*"https?://[^/"]+(/api/v2/[^"]+)"', body
            ):
                if link:
                    todo.append(link)
            if "meta" in data and "items" in data:
                total, offset = data["meta"]["total_count"], len(data["items"])
                if offset and "offset=" not in url and total > offset:
                    todo += [f"{url}&offset={n}" for n in range(offset, total, offset)]
    return bodies


def test_no_answer_of_the_api_holds_anything_unpublished_personal_or_uncertified(
    secrets,
):
    seen_ids = {}
    for who, (client, headers) in clients().items():
        for language in LANGUAGES:
            bodies = crawl(client, headers, language)
            assert len(bodies) >= 19
            leaks = [
                f"{who} {url}: {SECRET.search(body).group()}"
                for url, body in bodies
                if SECRET.search(body)
            ]
            assert not leaks, "\n".join(leaks)
            joined = "\n".join(body for _url, body in bodies)
            assert "Une idée publique" in joined  # the crawl did reach the rows
            assert "Vote publié" in joined or "Vote publi\\u00e9" in joined
            assert "777" not in joined
            assert "Bilan" in joined
            ids = sorted(re.findall(r'"id":\s*(\d+)', joined))
            # Signed in or with a password, nobody sees more rows than anyone.
            assert ids == seen_ids.setdefault(language, ids), f"{who} {language}"


def test_private_and_unpublished_pages_are_not_found_by_their_id(secrets):
    hidden = ActionPage.objects.filter(title__startswith="SECRET")
    assert hidden.count() == 3
    for page in [*hidden, ContentPage.objects.get(slug="members")]:
        for client, headers in clients().values():
            response = client.get(f"/api/v2/pages/{page.pk}/", **headers)
            assert response.status_code == 404
