"""A resident's participation in their account: listed on "My account",
exported by "Download my data", signed "Deleted participant" once deleted.
Votes stay secret: only the themes voted in show, never the choices."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail import hooks

from accounts import anonymisers
from accounts.services import delete_account
from participation.models import Discussion, Support
from participation.votes.services import cast_ballot
from tests.factories.accounts import UserFactory
from tests.factories.comments import CommentFactory
from tests.factories.proposals import ProposalFactory
from tests.factories.votes import campaign


@pytest.fixture
def participation(call, themes, resident):
    """The resident's proposal, support, comment and ballot, and a stranger's."""
    stranger = UserFactory(email="stranger@example.org", display_name="Stranger")
    mine = ProposalFactory(
        call=call,
        author=resident,
        title="Des arbres rue Marat",
        pseudonym="Amina",
        publish_pseudonym=True,
    )
    theirs = ProposalFactory(call=call, author=stranger, title="Proposition d’un autre")
    Support.objects.create(user=resident, proposal=theirs)
    discussion = Discussion.objects.create(
        subject_type=ContentType.objects.get_for_model(mine), subject_key=str(mine.pk)
    )
    CommentFactory(
        discussion=discussion, author=resident, body="Mon commentaire public"
    )
    CommentFactory(
        discussion=discussion, author=stranger, body="Le commentaire d’un autre"
    )
    objectives = [list(theme.get_children().specific()) for theme in themes[:1]]
    vote = campaign(themes=themes[:1])
    ballot_theme = vote.ballot_themes.get()
    cast_ballot(
        ballot_theme,
        [objectives[0][1].pk],
        "online",
        voter_key=resident.person_key,
    )
    return {"mine": mine, "theirs": theirs, "vote": vote, "objectives": objectives[0]}


@pytest.mark.django_db
def test_my_account_lists_my_participation_but_never_my_ballot(
    client, resident, participation
):
    client.force_login(resident)
    html = client.get("/account/").content.decode()
    assert "Des arbres rue Marat" in html  # my proposal
    assert "Proposition d’un autre" in html  # the one I support
    assert "Mon commentaire public" in html
    assert "Le commentaire d’un autre" not in html
    assert participation["vote"].title in html
    ranked = participation["objectives"][1]
    assert ranked.title not in html  # what I chose stays secret


@pytest.mark.django_db
def test_my_data_export_holds_my_participation_only(client, resident, participation):
    client.force_login(resident)
    response = client.get("/account/my-data/")
    data = json.loads(
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    assert [p["title"] for p in data["proposals"]] == ["Des arbres rue Marat"]
    assert [s["proposal"] for s in data["supports"]] == [
        participation["theirs"].reference
    ]
    assert [c["body"] for c in data["comments"]] == ["Mon commentaire public"]
    assert len(data["votes"]) == 1 and "ranking" not in data["votes"][0]
    assert "Le commentaire d’un autre" not in json.dumps(data)


@pytest.mark.django_db
def test_deleted_author_is_shown_as_deleted_participant(
    client, resident, participation
):
    delete_account(resident)
    html = client.get(participation["mine"].get_absolute_url()).content.decode()
    assert "Participant supprimé" in html
    assert "Amina" not in html


@pytest.mark.django_db
def test_my_account_costs_the_same_queries_with_more_participation(
    client, resident, call, participation
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(resident)
    client.get("/account/")  # warm caches

    def count():
        client.get("/account/")  # the menu and links are read again after a write
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/account/").status_code == 200
        return len(queries)

    before = count()
    discussion = Discussion.objects.get()
    for n in range(10):
        ProposalFactory(call=call, author=resident, title=f"Encore une idée {n}")
        CommentFactory(discussion=discussion, author=resident, body=f"Et aussi {n}")
    assert count() == before


@pytest.mark.django_db
def test_comment_link_on_my_account_leads_to_the_comment(
    client, resident, participation
):
    comment = resident.comments.get()
    client.force_login(resident)
    response = client.get(f"/participation/comments/{comment.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith(participation["mine"].get_absolute_url())
    assert response["Location"].endswith(f"#comment-{comment.pk}")


def test_votes_register_no_anonymiser():
    """The who-voted register outlives the account: it stops a second vote."""
    modules = {hook.__module__ for hook in hooks.get_hooks(anonymisers.HOOK)}
    assert "participation.proposals.account" in modules
    assert not any(module.startswith("participation.votes") for module in modules)
