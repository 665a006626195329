"""Similar proposals over HTTP: the form's script, the no-script check step,
the moderators' likely duplicates and merging from the queue."""

import pytest
from django.core import mail

from participation.models import Proposal, ProposalStatus, Support
from tests.factories.accounts import UserFactory
from tests.factories.proposals import ProposalFactory
from tests.participation.proposal_helpers import FORM_BLOCK_ID, action_url, valid_post

pytestmark = pytest.mark.django_db

SIMILAR_URL = "/participation/propositions/similaires.json"
TITLE = "Des arceaux vélos devant l’école"
TEXT = "Les enfants viennent à vélo mais ne peuvent pas l’attacher."


@pytest.fixture
def original(call):
    return ProposalFactory(
        call=call, title="Arceaux à vélos devant l’école Dolet", text=TEXT
    )


def test_the_script_gets_published_look_alikes_and_nothing_else(client, call):
    shown = ProposalFactory(call=call, title=TITLE, text=TEXT)
    ProposalFactory(
        call=call,
        title=TITLE,
        text=TEXT,
        status=ProposalStatus.objects.get(code="submitted"),
        published_at=None,
    )
    ProposalFactory(
        call=call,
        title=TITLE,
        text=TEXT,
        status=ProposalStatus.objects.get(code="rejected"),
    )
    ProposalFactory(call=call, title=TITLE, text=TEXT, merged_into=shown)
    response = client.get(SIMILAR_URL, {"title": "arceaux velo ecole", "text": ""})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    results = response.json()["results"]
    assert [row["reference"] for row in results] == [shown.reference]
    assert results[0]["support_url"].endswith(f"/{shown.reference}/soutien/")
    assert "email" not in str(results) and "author" not in results[0]


def test_a_title_with_markup_comes_back_escaped(client, call):
    ProposalFactory(call=call, title="<script>alert(1)</script> arceaux vélos")
    body = client.get(SIMILAR_URL, {"title": "arceaux vélos", "text": ""}).content
    assert b"<script>" not in body and b"\\u003cscript\\u003e" in body


def test_hostile_look_ups_get_an_answer_not_an_error(client, original):
    # NUL in an address is refused site-wide (400) before the view.
    assert client.get(SIMILAR_URL, {"title": "\x00vélo"}).status_code == 400
    for query in ({"text": "'\"):*|&!"}, {"title": "x" * 5000}, {}):
        response = client.get(SIMILAR_URL, query)
        assert response.status_code == 200 and "results" in response.json()


def test_looking_up_too_often_is_refused_for_a_while(client, original):
    statuses = [
        client.get(SIMILAR_URL, {"title": "arceaux", "text": ""}).status_code
        for _ in range(31)
    ]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429


def test_the_check_step_shows_look_alikes_and_keeps_everything_typed(
    client, proposal_page, resident, themes, original
):
    client.force_login(resident)
    response = client.post(
        action_url(proposal_page), valid_post(themes[0], step="check")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert Proposal.objects.count() == 1  # nothing sent yet
    assert original.reference in html and "Soutenir celle-ci" in html
    assert (
        f'formaction="/participation/propositions/{original.reference}/soutien/"'
        in html
    )
    assert "Envoyer la mienne quand même" in html
    assert TEXT.replace("’", "&#x27;") in html or TEXT in html
    assert f'value="{TITLE}"'.replace("’", "’") in html
    assert (
        f'formaction="{action_url(proposal_page)}#proposal-{FORM_BLOCK_ID}-similar"'
        in (html)
    )


def test_after_the_check_the_resident_may_send_theirs_anyway(
    client, proposal_page, resident, themes, original
):
    client.force_login(resident)
    client.post(action_url(proposal_page), valid_post(themes[0], step="check"))
    client.post(action_url(proposal_page), valid_post(themes[0]))
    assert Proposal.objects.filter(author=resident).count() == 1


def test_supporting_a_look_alike_instead_counts_one_support(client, resident, original):
    client.force_login(resident)
    post = {"action": "support", "title": TITLE, "text": TEXT}
    url = f"/participation/propositions/{original.reference}/soutien/"
    client.post(url, post)
    client.post(url, post)
    original.refresh_from_db()
    assert original.support_count == 1
    assert Proposal.objects.count() == 1


def test_nothing_alike_says_so(client, proposal_page, resident, themes, original):
    client.force_login(resident)
    post = valid_post(
        themes[0], title="Une piscine chauffée", text="Au soleil.", step="check"
    )
    html = client.post(action_url(proposal_page), post).content.decode()
    assert "Aucune proposition publiée ne ressemble à la vôtre" in html


def test_moderators_see_likely_duplicates_in_the_queue_and_merge_from_there(
    client, moderator, call, original, django_capture_on_commit_callbacks
):
    author = UserFactory(email="auteur@example.org")
    duplicate = ProposalFactory(call=call, title=TITLE, text=TEXT, author=author)
    both = UserFactory()
    for proposal in (original, duplicate):
        Support.objects.create(proposal=proposal, user=both)
    Support.objects.create(proposal=duplicate, user=UserFactory())
    client.force_login(moderator)
    queue = client.get("/admin/snippets/participation/proposal/").content.decode()
    assert f"Fusionner dans {original.reference}" in queue
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/proposal-moderation/{duplicate.pk}/moderate/",
            {"action": "merge", "merge-into": original.reference, "merge-note": ""},
        )
    assert response.status_code == 302
    original.refresh_from_db()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == original
    assert original.support_count == 2 == original.supports.count()
    assert [message.to for message in mail.outbox] == [["auteur@example.org"]]
    assert original.reference in mail.outbox[0].body
    client.logout()
    page = client.get(duplicate.get_absolute_url()).content.decode()
    assert "Fusionnée dans" in page
    assert f'<a href="{original.get_absolute_url()}">{original.reference}</a>' in page


def test_residents_cannot_merge(client, resident, call, original):
    duplicate = ProposalFactory(call=call, title=TITLE, text=TEXT)
    client.force_login(resident)
    response = client.post(
        f"/admin/proposal-moderation/{duplicate.pk}/moderate/",
        {"action": "merge", "merge-into": original.reference, "merge-note": ""},
    )
    assert response.status_code in (302, 403)
    duplicate.refresh_from_db()
    assert duplicate.merged_into is None


def test_the_moderation_screen_lists_likely_duplicates(
    client, moderator, call, original
):
    duplicate = ProposalFactory(call=call, title=TITLE, text=TEXT)
    client.force_login(moderator)
    html = client.get(
        f"/admin/proposal-moderation/{duplicate.pk}/moderate/"
    ).content.decode()
    assert "Doublons probables" in html and original.reference in html


def test_a_merged_proposal_page_stays_within_the_query_budget(client, home, original):
    from tests.climate_plan.test_query_counts import layout_queries, queries_per_page

    duplicate = ProposalFactory(title=TITLE, text=TEXT, merged_into=original)
    layout = layout_queries(client, home)
    counts = queries_per_page(client, {"merged": duplicate.get_absolute_url()})
    assert counts["merged"] - layout <= 20
