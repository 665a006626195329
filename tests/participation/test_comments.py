"""Residents' comments: one conversation across languages, threads, writing rules."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from participation.comments import services
from participation.comments.models import Comment
from tests.factories.accounts import UserFactory
from tests.factories.comments import CommentFactory


def post_url(page):
    return reverse("participation:comment_create", args=["wagtailcore.page", page.pk])


def comment_on(page, author, body="Bonjour", language="fr", **kwargs):
    return services.post_comment(author, page, body, language=language, **kwargs)


@pytest.mark.django_db
def test_a_comment_written_on_the_english_page_shows_on_the_french_one(
    client, pages, resident
):
    client.force_login(resident)
    with translation.override("en"):
        url = post_url(pages["en"])
    response = client.post(url, {"body": "More bike lanes please"})
    assert response.status_code == 302
    assert response.url.startswith(pages["en"].url) and "#comment-" in response.url

    french = client.get(pages["fr"].url).content.decode()
    assert "More bike lanes please" in french
    assert 'lang="en"' in french
    assert resident.public_name in french
    spanish = client.get(pages["es"].url).content.decode()
    assert "More bike lanes please" in spanish


@pytest.mark.django_db
def test_anonymous_visitors_read_comments_and_are_asked_to_sign_in(
    client, pages, resident
):
    comment_on(pages["fr"], resident, "Une bonne idée")
    html = client.get(pages["fr"].url).content.decode()
    assert "Une bonne idée" in html
    assert "csrfmiddlewaretoken" not in html
    assert reverse("account_login") in html


@pytest.mark.django_db
def test_replies_stop_at_the_third_level(pages, resident, other_resident):
    first = comment_on(pages["fr"], resident)
    second = comment_on(pages["fr"], other_resident, parent=first)
    third = comment_on(pages["fr"], resident, parent=second)
    assert (first.depth, second.depth, third.depth) == (1, 2, 3)
    with pytest.raises(services.NotAllowed):
        comment_on(pages["fr"], other_resident, parent=third)


@pytest.mark.django_db
def test_the_reply_page_refuses_a_fourth_level_with_a_message(
    client, pages, resident, other_resident
):
    first = comment_on(pages["fr"], resident)
    third = comment_on(
        pages["fr"],
        resident,
        parent=comment_on(pages["fr"], other_resident, parent=first),
    )
    client.force_login(other_resident)
    with translation.override("en"):
        url = reverse("participation:comment_reply", args=[third.pk])
    response = client.post(
        url,
        {"body": "Trop profond"},
        follow=True,
    )
    assert "You cannot do that here" in response.content.decode()
    assert not Comment.objects.filter(body="Trop profond").exists()


@pytest.mark.django_db
def test_authors_edit_their_comment_for_fifteen_minutes_and_it_shows_edited(
    client, pages, resident
):
    comment = comment_on(pages["fr"], resident, "Premier jet")
    client.force_login(resident)
    client.post(
        reverse("participation:comment_edit", args=[comment.pk]),
        {"body": "Version corrigée"},
    )
    html = client.get(pages["fr"].url).content.decode()
    assert "Version corrigée" in html and "Premier jet" not in html
    assert "comment__edited" in html

    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - timedelta(minutes=16)
    )
    response = client.post(
        reverse("participation:comment_edit", args=[comment.pk]),
        {"body": "Trop tard"},
        follow=True,
    )
    assert "15 minutes" in response.content.decode()
    assert Comment.objects.get(pk=comment.pk).body == "Version corrigée"


@pytest.mark.django_db
def test_nobody_edits_someone_elses_comment(pages, resident, other_resident):
    comment = comment_on(pages["fr"], resident)
    with pytest.raises(services.NotAllowed):
        services.edit_comment(other_resident, comment, "Piraté")


@pytest.mark.django_db
def test_a_deleted_comment_leaves_a_placeholder_and_its_replies(
    client, pages, resident, other_resident
):
    parent = comment_on(pages["fr"], resident, "Texte à effacer")
    comment_on(pages["fr"], other_resident, "Réponse qui reste", parent=parent)
    client.force_login(resident)
    client.post(reverse("participation:comment_delete", args=[parent.pk]))
    html = client.get(pages["fr"].url).content.decode()
    assert "Texte à effacer" not in html
    assert "Comment deleted by its author." in html or "supprimé" in html
    assert "Réponse qui reste" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "payload",
    [
        '<script>alert("x")</script>',
        '<img src=x onerror="alert(1)">',
        'https://example.org/"onmouseover="alert(1)',
        "javascript:alert(1)",
    ],
)
def test_payloads_render_inert(client, pages, resident, payload):
    comment_on(pages["fr"], resident, payload)
    html = client.get(pages["fr"].url).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'onmouseover="alert' not in html
    assert 'href="javascript' not in html


@pytest.mark.django_db
def test_links_become_clickable_with_nofollow_ugc(client, pages, resident):
    comment_on(pages["fr"], resident, "Voir https://example.org/velo?a=1&b=2, merci")
    html = client.get(pages["fr"].url).content.decode()
    assert (
        '<a href="https://example.org/velo?a=1&amp;b=2" rel="nofollow ugc">'
        "https://example.org/velo?a=1&amp;b=2</a>, merci" in html
    )


@pytest.mark.django_db
def test_a_permalink_shows_a_single_comment_with_a_way_back(
    client, pages, resident, other_resident
):
    target = comment_on(pages["fr"], resident, "Celui-ci")
    comment_on(pages["fr"], other_resident, "Un autre")
    html = client.get(f"{pages['fr'].url}?comment={target.pk}").content.decode()
    assert "Celui-ci" in html and "Un autre" not in html
    assert "seeing a single comment" in html or "un seul commentaire" in html


@pytest.mark.django_db
def test_newest_first_order_and_pagination(client, pages, resident):
    discussion = services.discussion_for(pages["fr"], create=True)
    start = timezone.now() - timedelta(days=1)
    for n in range(25):
        CommentFactory(
            discussion=discussion,
            body=f"Numéro {n:02d}",
            created_at=start + timedelta(minutes=n),
        )
    oldest = client.get(pages["fr"].url).content.decode()
    assert "Numéro 00" in oldest and "Numéro 24" not in oldest
    newest = client.get(f"{pages['fr'].url}?comments_order=newest").content.decode()
    assert "Numéro 24" in newest and "Numéro 00" not in newest
    second = client.get(f"{pages['fr'].url}?comments_page=2").content.decode()
    assert "Numéro 24" in second


def build_threads(discussion, count):
    """`count` comments: threads of one comment, one reply and one reply to that."""
    authors = [UserFactory() for _ in range(3)]
    now = timezone.now()
    tops = Comment.objects.bulk_create(
        Comment(
            discussion=discussion,
            author=authors[0],
            language="fr",
            body=f"T{n}",
            created_at=now,
            depth=1,
        )
        for n in range(count // 3 + 1)
    )
    Comment.objects.filter(pk__in=[c.pk for c in tops]).update(root_id=F("pk"))
    replies = Comment.objects.bulk_create(
        Comment(
            discussion=discussion,
            author=authors[1],
            language="en",
            body="R",
            parent=top,
            root=top,
            created_at=now,
            depth=2,
        )
        for top in tops
    )
    Comment.objects.bulk_create(
        Comment(
            discussion=discussion,
            author=authors[2],
            language="es",
            body="RR",
            parent=reply,
            root_id=reply.root_id,
            created_at=now,
            depth=3,
        )
        for reply in replies[: max(0, count - 2 * len(tops))]
    )


@pytest.mark.django_db
def test_a_thread_of_20_and_one_of_2000_load_with_the_same_queries(
    client, pages, resident
):
    client.force_login(resident)
    discussion = services.discussion_for(pages["fr"], create=True)
    build_threads(discussion, 20)
    client.get(pages["fr"].url)  # warm caches (site root, locales)
    with CaptureQueriesContext(connection) as small:
        client.get(pages["fr"].url)
    with_20 = len(small)  # read before the next request resets the log
    build_threads(discussion, 2000)
    assert discussion.comments.count() > 2000
    client.get(pages["fr"].url)  # the menu and links are read again after a write
    with CaptureQueriesContext(connection) as large:
        response = client.get(pages["fr"].url)
    assert response.status_code == 200
    assert len(large) == with_20
    assert "T0" in response.content.decode() and "RR" in response.content.decode()


@pytest.mark.django_db
def test_action_and_objective_pages_carry_their_discussion(client, pages, resident):
    from climate_plan.models import (
        ActionPage,
        ClimatePlanPage,
        ObjectivePage,
        ThemePage,
    )

    parent = pages["fr"].get_parent()
    for model, slug in [
        (ClimatePlanPage, "plan"),
        (ThemePage, "mobilites"),
        (ObjectivePage, "velo"),
        (ActionPage, "pistes"),
    ]:
        page = model(title=slug.title(), slug=slug)
        parent.add_child(instance=page)
        page.save_revision().publish()
        parent = page
    objective = ObjectivePage.objects.get(slug="velo")
    comment_on(parent, resident, "Sur l’action")
    comment_on(objective, resident, "Sur l’objectif")
    action_html = client.get(parent.url).content.decode()
    assert "Sur l’action" in action_html and "Sur l’objectif" not in action_html
    assert "Sur l’objectif" in client.get(objective.url).content.decode()
