"""Comments in a real browser: comment, reply in place, report; and every
signed-in comments page passes axe-core and the Nu HTML Checker."""

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from participation.comments import services
from participation.models import Comment, Report
from tests.browser.support import PageVisitor, html_errors
from tests.factories.accounts import UserFactory
from tests.factories.comments import make_discussed_page


def signed_in_tab(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="fr-FR")
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_comment_reply_in_place_and_report(live_server, browser):
    page_url = live_server.url + make_discussed_page(languages=())["fr"].url
    author, replier = UserFactory(), UserFactory()
    errors = []

    tab = signed_in_tab(browser, live_server, author)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(page_url)
    tab.locator("#comments textarea[name=body]").fill("Plus d’arbres rue Marat")
    tab.locator("#comments form.comment-form button[type=submit]").click()
    expect(tab.locator(".comment__text").first).to_have_text("Plus d’arbres rue Marat")
    expect(tab.locator(".comment--posted[data-outcome]")).to_be_focused()

    other = signed_in_tab(browser, live_server, replier)
    other.on("pageerror", lambda error: errors.append(str(error)))
    other.goto(page_url)
    other.locator("a[data-reply-to]").first.click()
    reply_form = other.locator("form.comment-form--reply")
    expect(reply_form).to_be_visible()  # opened in place, no page change
    assert other.url == page_url
    reply_form.locator("textarea").fill("Oui, et des bancs")
    reply_form.locator("button[type=submit]").click()
    expect(other.locator(".comment-list--replies .comment__text")).to_have_text(
        "Oui, et des bancs"
    )

    other.locator(".comment__actions a[href*='/report/']").first.click()
    other.locator("input[name=reason][value=off_topic]").check()
    other.locator("textarea[name=details]").fill("Hors sujet")
    other.locator("form.report-form button[type=submit]").click()
    expect(other.locator(".messages")).to_be_visible()
    other.context.close()
    tab.context.close()

    assert Comment.objects.count() == 2
    assert Report.objects.get().reporter == replier
    assert errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_signed_in_comment_pages_pass_accessibility_and_html_checks(
    live_server, browser, tmp_path
):
    pages = make_discussed_page(languages=("en",))
    author, reader = UserFactory(), UserFactory()
    mine = services.post_comment(
        author, pages["fr"], "Voir https://example.org", language="fr"
    )
    theirs = services.post_comment(
        reader, pages["fr"], "Une réponse", parent=mine, language="en"
    )
    urls = [
        pages["fr"].url,
        pages["en"].url,
        f"{pages['fr'].url}?comment={theirs.pk}",
        reverse("participation:comment_reply", args=[theirs.pk]),
        reverse("participation:comment_edit", args=[mine.pk]),
        reverse("participation:comment_delete", args=[mine.pk]),
    ]
    tab = signed_in_tab(browser, live_server, author)
    visitor = PageVisitor(tab)
    problems, html = [], {}
    for url in urls:
        visit = visitor.visit(live_server.url + url)
        html[url] = visit.html
        problems += [f"{url}: {p}" for p in visit.violations + visit.console_errors]
        assert visit.status == 200, url

    # A bound form with errors, and a reply form opened in place.
    tab.goto(
        live_server.url
        + reverse("participation:report", args=["participation.comment", theirs.pk])
    )
    tab.locator("textarea[name=details]").fill("x" * 10)
    tab.locator("input[name=reason]").first.evaluate("e => e.form.noValidate = true")
    tab.locator("form.report-form button[type=submit]").click()
    html["report with errors"] = tab.content().encode()
    problems += [f"report: {p}" for p in visitor.axe_violations()]
    tab.goto(live_server.url + pages["fr"].url)
    tab.locator("a[data-reply-to]").first.click()
    problems += [f"reply in place: {p}" for p in visitor.axe_violations()]
    tab.context.close()

    for url, messages in html_errors(html, tmp_path).items():
        problems += [f"{url}: HTML {m}" for m in messages]
    assert problems == []
