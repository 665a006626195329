"""A resident comments, another replies in place (JavaScript on) and reports."""

import pytest
from django.test import Client
from playwright.sync_api import expect, sync_playwright

from participation.models import Comment, Report
from tests.factories.comments import ResidentFactory, make_discussed_page


def signed_in_context(browser, live_server, user):
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
    return context


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_comment_reply_in_place_and_report(live_server):
    page_url = live_server.url + make_discussed_page(languages=())["fr"].url
    author, replier = ResidentFactory(), ResidentFactory()
    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")

        tab = signed_in_context(browser, live_server, author).new_page()
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(page_url)
        tab.locator("#comments textarea[name=body]").fill("Plus d’arbres rue Marat")
        tab.locator("#comments form.comment-form button[type=submit]").click()
        expect(tab.locator(".comment__text").first).to_have_text(
            "Plus d’arbres rue Marat"
        )

        other = signed_in_context(browser, live_server, replier).new_page()
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
        browser.close()

    assert Comment.objects.count() == 2
    assert Report.objects.get().reporter == replier
    assert errors == []
