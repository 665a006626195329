"""Two app servers behind one address serve one site: what a resident or an
attacker does on one holds on the other, because sessions, limits and the
page cache live in PostgreSQL and Redis only (tests/servers.py starts them)."""

import pytest
from wagtail.models import Site

from home.models import SiteSettings
from tests.factories.accounts import PASSWORD
from tests.factories.comments import make_discussed_page
from tests.servers import get_anonymously, send

pytestmark = pytest.mark.django_db(transaction=True)

CLIENT = "198.51.100.20"


def sign_in(port, email, password):
    return send(
        port, "POST", "/accounts/login/", {"login": email, "password": password}, CLIENT
    )


def test_a_resident_signed_in_on_one_server_is_signed_in_on_the_other(
    servers, resident
):
    (a, b), _logs = servers
    signed_in = sign_in(a, resident.email, PASSWORD)
    assert signed_in.status == 302
    session = {"sessionid": signed_in.cookies["sessionid"].value}
    account = send(b, "GET", "/account/", cookies=session, forwarded_for=CLIENT)
    assert account.status == 200
    assert "Amina" in account.text


def test_failed_sign_ins_count_once_across_servers(servers, resident):
    (a, b), _logs = servers
    answers = [
        sign_in(port, resident.email, "pas-le-bon-mot") for port in (a, b, a, b, a, b)
    ]
    assert [answer.status for answer in answers[:5]] == [200] * 5
    # The sixth wrong password, wherever it lands, is refused for the account:
    # even the right password waits now.
    refused = sign_in(a, resident.email, PASSWORD)
    assert refused.status in (200, 429)
    assert "sessionid" not in refused.cookies


def test_a_comment_posted_on_one_server_purges_the_cached_page_on_the_other(
    servers, resident
):
    (a, b), _logs = servers
    page = make_discussed_page(languages=())["fr"]
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # as once set up
    assert get_anonymously(b, page.url).headers["X-Page-Cache"] == "miss"
    assert get_anonymously(a, page.url).headers["X-Page-Cache"] == "hit"
    session = {
        "sessionid": sign_in(a, resident.email, PASSWORD).cookies["sessionid"].value
    }
    posted = send(
        a,
        "POST",
        f"/participation/comments/on/wagtailcore.page/{page.pk}/",
        {"body": "Plus d’arbres rue Marat"},
        CLIENT,
        cookies=session,
    )
    assert posted.status == 302
    again = get_anonymously(b, page.url)
    assert again.headers["X-Page-Cache"] == "miss"
    assert "Plus d’arbres rue Marat" in again.text
