"""Reports and moderation: once per person, automatic hiding, the moderators' queue."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from accounts.roles import MODERATORS
from participation.comments import services
from participation.comments.models import Comment
from participation.moderation import Report, ReportStatus
from tests.factories.accounts import UserFactory, staff
from tests.factories.comments import make_discussed_page


def comment_on(page, author, body="Texte", parent=None):
    return services.post_comment(author, page, body, parent=parent, language="fr")


def report_by(count, target):
    for _ in range(count):
        services.report(UserFactory(), target, "spam")


@pytest.mark.django_db
def test_a_resident_reports_a_comment_only_once(
    client, pages, resident, other_resident
):
    comment = comment_on(pages["fr"], resident)
    client.force_login(other_resident)
    with translation.override("en"):
        url = reverse(
            "participation:report", args=["participation.comment", comment.pk]
        )
    client.post(url, {"reason": "offensive", "details": "Insulte"})
    response = client.post(url, {"reason": "spam"}, follow=True)
    assert "already reported" in response.content.decode()
    assert Report.objects.filter(reporter=other_resident).count() == 1


@pytest.mark.django_db
def test_the_database_refuses_a_second_report_from_the_same_person(
    pages, resident, other_resident
):
    from django.db import IntegrityError, transaction

    comment = comment_on(pages["fr"], resident)
    services.report(other_resident, comment, "spam")
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.create(
            target_type=Report.objects.get().target_type,
            target_id=comment.pk,
            reporter=other_resident,
            reason="other",
        )


@pytest.mark.django_db
def test_report_details_are_limited_and_a_reason_is_required(
    client, pages, resident, other_resident
):
    comment = comment_on(pages["fr"], resident)
    client.force_login(other_resident)
    url = reverse("participation:report", args=["participation.comment", comment.pk])
    response = client.post(url, {"reason": "", "details": "x" * 501})
    assert response.status_code == 400
    html = response.content.decode()
    assert "error-summary" in html and "x" * 501 in html
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_three_reports_from_three_people_hide_a_comment_but_keep_its_replies(
    client,
    pages,
    resident,
    other_resident,
    moderator,
    django_capture_on_commit_callbacks,
):
    comment = comment_on(pages["fr"], resident, "Contenu signalé")
    comment_on(pages["fr"], other_resident, "Une réponse visible", parent=comment)
    mail.outbox.clear()
    report_by(2, comment)
    assert not Comment.objects.get(pk=comment.pk).is_hidden
    with django_capture_on_commit_callbacks(execute=True):
        report_by(1, comment)
    assert Comment.objects.get(pk=comment.pk).is_hidden

    html = client.get(pages["fr"].url).content.decode()
    assert "Contenu signalé" not in html
    assert "Hidden by moderation on" in html or "Masqué par la modération" in html
    assert "Une réponse visible" in html
    recipients = {address for message in mail.outbox for address in message.to}
    assert moderator.email in recipients and resident.email in recipients


@pytest.mark.django_db
def test_the_author_sees_why_their_comment_is_hidden(client, pages, resident):
    comment = comment_on(pages["fr"], resident, "Le mien")
    report_by(3, comment)
    client.force_login(resident)
    html = client.get(pages["fr"].url).content.decode()
    assert "Only you see this" in html or "Vous seul" in html


@pytest.mark.django_db
@override_settings(AGIR_REPORT_THRESHOLD=5)
def test_the_threshold_is_a_setting(pages, resident):
    comment = comment_on(pages["fr"], resident)
    report_by(4, comment)
    assert not Comment.objects.get(pk=comment.pk).is_hidden
    report_by(1, comment)
    assert Comment.objects.get(pk=comment.pk).is_hidden


@pytest.mark.django_db(transaction=True)
def test_twenty_simultaneous_reports_count_once_each_and_hide_once():
    pages = make_discussed_page(languages=())
    author = UserFactory()
    staff(MODERATORS)
    comment = comment_on(pages["fr"], author)
    reporters = [UserFactory() for _ in range(20)]
    mail.outbox.clear()
    barrier = threading.Barrier(20)
    errors = []

    def report(user):
        try:
            barrier.wait()
            services.report(user, Comment.objects.get(pk=comment.pk), "spam")
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    workers = [threading.Thread(target=report, args=(user,)) for user in reporters]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert Report.objects.filter(target_id=comment.pk).count() == 20
    hidden = Comment.objects.get(pk=comment.pk)
    assert hidden.is_hidden
    assert ModelLogEntry.objects.filter(action="agir.moderation.hide").count() == 0
    moderator_mails = [
        m
        for m in mail.outbox
        if "reports" in m.subject.lower() or "signalements" in m.subject.lower()
    ]
    assert len(moderator_mails) == 1


@pytest.mark.django_db
def test_only_moderators_restore_and_restoring_clears_reports(
    client, pages, resident, other_resident, moderator
):
    comment = comment_on(pages["fr"], resident, "À rétablir")
    report_by(3, comment)
    url = reverse(
        "participation_moderate", args=["participation.comment", comment.pk, "restore"]
    )

    client.force_login(other_resident)
    assert client.post(url).status_code in (302, 403)
    assert Comment.objects.get(pk=comment.pk).is_hidden
    with pytest.raises(services.NotAllowed):
        services.restore(other_resident, comment)

    client.force_login(moderator)
    assert client.post(url).status_code == 302
    assert not Comment.objects.get(pk=comment.pk).is_hidden
    assert not Report.objects.filter(status=ReportStatus.OPEN).exists()
    entry = ModelLogEntry.objects.get(action="agir.moderation.restore")
    assert entry.user_id == moderator.pk and entry.object_id == str(comment.pk)


@pytest.mark.django_db
def test_the_queue_lists_most_reported_first_with_context(
    client, pages, resident, moderator
):
    once = comment_on(pages["fr"], resident, "Signalé une fois")
    twice = comment_on(pages["fr"], resident, "Signalé deux fois")
    report_by(1, once)
    report_by(2, twice)
    client.force_login(moderator)
    html = client.get(reverse("participation_moderation")).content.decode()
    assert html.index("Signalé deux fois") < html.index("Signalé une fois")
    assert pages["fr"].title in html


@pytest.mark.django_db
def test_dismissing_keeps_the_comment_and_blocking_stops_the_author(
    pages, resident, moderator
):
    comment = comment_on(pages["fr"], resident)
    report_by(2, comment)
    services.dismiss_reports(moderator, comment)
    assert not Report.objects.filter(status=ReportStatus.OPEN).exists()
    services.block_author(moderator, comment, "Insultes répétées", days=7)
    resident.refresh_from_db()
    assert resident.blocked_reason == "Insultes répétées"
    with pytest.raises(services.NotAllowed):
        comment_on(pages["fr"], resident)
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"agir.moderation.dismiss", "agir.moderation.block_author"} <= actions


@pytest.mark.django_db
def test_moderators_hide_by_hand_and_it_is_logged(pages, resident, moderator):
    comment = comment_on(pages["fr"], resident)
    services.hide(moderator, comment, "Hors charte")
    assert Comment.objects.get(pk=comment.pk).hidden_reason == "Hors charte"
    assert ModelLogEntry.objects.filter(action="agir.moderation.hide").exists()


@pytest.mark.django_db
def test_rate_limits_stop_the_sixth_comment_in_a_minute(client, pages, resident):
    client.force_login(resident)
    url = reverse(
        "participation:comment_create", args=["wagtailcore.page", pages["fr"].pk]
    )
    for n in range(5):
        client.post(url, {"body": f"Message {n}"})
    response = client.post(url, {"body": "Un de trop"}, follow=True)
    assert (
        "wait a little" in response.content.decode()
        or "patienter" in response.content.decode()
    )
    assert Comment.objects.count() == 5


@pytest.mark.django_db
def test_twenty_reports_a_day_at_most(pages, resident):
    comments = [comment_on(pages["fr"], UserFactory()) for _ in range(21)]
    for comment in comments[:20]:
        services.report(resident, comment, "spam")
    with pytest.raises(services.RateLimited):
        services.report(resident, comments[20], "spam")


@pytest.mark.django_db
def test_the_honeypot_drops_robots_silently(client, pages, resident):
    client.force_login(resident)
    url = reverse(
        "participation:comment_create", args=["wagtailcore.page", pages["fr"].pk]
    )
    assert (
        client.post(url, {"body": "Achetez", "website": "http://spam"}).status_code
        == 302
    )
    assert not Comment.objects.exists()


@pytest.mark.django_db
def test_unverified_and_blocked_people_cannot_comment(pages):
    unverified = UserFactory(verified=False)
    with pytest.raises(services.NotAllowed):
        comment_on(pages["fr"], unverified)


@pytest.mark.django_db
def test_a_reply_notifies_the_parent_author_who_wants_it(
    pages, resident, other_resident, django_capture_on_commit_callbacks
):
    parent = comment_on(pages["fr"], resident)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        comment_on(pages["fr"], other_resident, "Je réponds", parent=parent)
    assert [m.to for m in mail.outbox] == [[resident.email]]
    assert "Je réponds" in mail.outbox[0].body

    resident.notify_on_reply = False
    resident.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        comment_on(pages["fr"], other_resident, "Encore", parent=parent)
    assert mail.outbox == []
