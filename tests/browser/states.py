"""The states a resident reaches by sending a form, each reached in a real
browser the way a resident reaches it: a form sent empty or with mistakes, a
proposal sent, a comment posted, each step of a ballot, the sign-in and sign-up
errors, a stale security token, too many attempts.

A `State` drives one tab to its moment and says what must be true there: the
status of the answer and where the focus stands (on the error summary after a
refused form, on the outcome after a success). `Tour` builds the content every
state needs, in the three languages, once.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.test import Client

from tests.factories.accounts import UserFactory
from tests.factories.comments import make_discussed_page
from tests.factories.pages import home_page, translate_page
from tests.factories.plan import plan
from tests.factories.proposals import ProposalCallFactory, ProposalFactory
from tests.factories.votes import campaign, vote_page
from tests.participation.proposal_helpers import make_proposal_page

ERROR_SUMMARY = "[data-error-summary]"
SIMILAR_TITLE = "Des arceaux à vélos devant l’école"
SIMILAR_TEXT = "Les enfants n’ont nulle part où attacher leur vélo."
OUTCOME = "[data-outcome]"


@dataclass(frozen=True)
class State:
    """One moment after a POST: how to get there, and what must hold there."""

    name: str
    reach: Callable  # (tour, tab, language) -> None, leaves the tab on the state
    status: int
    focus: str | None  # a selector the focused element must be inside
    signed_in: bool = True


def prefix(language):
    return "/" if language == settings.LANGUAGE_CODE else f"/{language}/"


class Tour:
    """The content of every state, in each language, and a browser to visit it."""

    languages = [code for code, _name in settings.LANGUAGES]

    def __init__(self, live_server, browser):
        self.server = live_server.url
        self.browser = browser
        home_page()
        themes = plan(themes=1, objectives=3, actions=0)
        call = ProposalCallFactory(title="Appel 2021")
        proposals = make_proposal_page(home_page(), call)
        vote = campaign(themes=themes)
        ballot = vote_page(vote)
        discussed = make_discussed_page(languages=self.others())
        self.theme = themes[0]
        objective = themes[0].get_children().first().specific
        self.urls = {"proposals": {}, "ballot": {}, "comments": {}, "objective": {}}
        for language in self.languages:
            translated = language == settings.LANGUAGE_CODE
            self.urls["proposals"][language] = (
                proposals if translated else translate_page(proposals, language)
            ).url
            self.urls["ballot"][language] = (
                ballot if translated else translate_page(ballot, language)
            ).url
            self.urls["comments"][language] = discussed[language].url
            self.urls["objective"][language] = (
                objective if translated else translate_page(objective, language)
            ).url
        self.option_ids = vote.ballot_themes.first().option_ids()
        # A published proposal the form finds similar, and one merged into it.
        self.similar = ProposalFactory(
            call=call, title=SIMILAR_TITLE, text=SIMILAR_TEXT, theme=self.theme
        )
        self.merged = ProposalFactory(
            call=call, title=SIMILAR_TITLE, text=SIMILAR_TEXT, merged_into=self.similar
        )

    def others(self):
        return tuple(code for code in self.languages if code != settings.LANGUAGE_CODE)

    def tab(self, width, signed_in):
        """A fresh tab at `width` px, signed in as a new resident when asked."""
        context = self.browser.new_context(viewport={"width": width, "height": 800})
        if signed_in:
            client = Client()
            client.force_login(UserFactory())
            context.add_cookies(
                [
                    {
                        "name": "sessionid",
                        "value": client.cookies["sessionid"].value,
                        "url": self.server,
                    }
                ]
            )
        tab = context.new_page()
        tab.errors = []
        tab.on("pageerror", lambda error: tab.errors.append(str(error)))
        tab.answers = []
        tab.on(
            "response",
            lambda answer: (
                answer.request.is_navigation_request()
                and answer.frame == tab.main_frame
                and tab.answers.append(answer.status)
            ),
        )
        return tab

    def open(self, tab, which, language):
        tab.goto(self.server + self.urls[which][language])

    def open_path(self, tab, path, language):
        tab.goto(self.server + prefix(language) + path)

    @staticmethod
    def send(tab, form, button=None):
        """Submit `form` as a resident would, the browser's own checks off, so
        the server's answer is what is checked."""
        tab.locator(form).first.evaluate("form => { form.noValidate = true; }")
        submit = tab.locator(form).first.locator(button or "button[type=submit]")
        with tab.expect_navigation():
            submit.first.click()

    @staticmethod
    def forget_limits():
        cache.clear()


# The states ------------------------------------------------------------------

PROPOSAL_FORM = ".proposal-form form"
COMMENT_FORM = "#comments form.comment-form"
BALLOT_FORM = "form.ballot"


def proposal_empty(tour, tab, language):
    tour.open(tab, "proposals", language)
    tour.send(tab, PROPOSAL_FORM)


def proposal_with_mistakes(tour, tab, language):
    tour.open(tab, "proposals", language)
    tab.fill("#id_text", "Des arceaux pour attacher les vélos des enfants.")
    tour.send(tab, PROPOSAL_FORM)


def proposal_sent(tour, tab, language):
    tour.open(tab, "proposals", language)
    tab.fill("#id_title", "Des arceaux vélos devant l’école")
    tab.fill("#id_text", "Des arceaux pour attacher les vélos des enfants.")
    tab.select_option("#id_theme", str(tour.theme.pk))
    consent = tab.locator(f"{PROPOSAL_FORM} input[type=checkbox][name=consent]")
    if consent.count():
        consent.check()
    tour.send(tab, PROPOSAL_FORM)


def similar_checked(tour, tab, language):
    tour.open(tab, "proposals", language)
    tab.fill("#id_title", "Arceaux velos ecole")
    tab.fill("#id_text", "Pour attacher les velos des enfants devant l'ecole.")
    tour.send(tab, PROPOSAL_FORM, "button[value=check]")


def similar_supported(tour, tab, language):
    similar_checked(tour, tab, language)
    tour.send(tab, PROPOSAL_FORM, "button[data-similar-support]")


def merged_proposal_page(tour, tab, language):
    tour.open_path(tab, tour.merged.get_absolute_url().lstrip("/"), language)


def comment_empty(tour, tab, language):
    tour.open(tab, "comments", language)
    tour.send(tab, COMMENT_FORM)


def comment_posted(tour, tab, language):
    tour.open(tab, "comments", language)
    tab.locator(f"{COMMENT_FORM} textarea[name=body]").fill("Plus d’arbres rue Marat")
    tour.send(tab, COMMENT_FORM)


def ballot_empty(tour, tab, language):
    tour.open(tab, "ballot", language)
    tour.send(tab, BALLOT_FORM, "button[value=review]")


def ballot_review(tour, tab, language):
    tour.open(tab, "ballot", language)
    first, second, _third = tour.option_ids
    form = tab.locator(BALLOT_FORM).first
    form.locator("select[name$=rank_1]").select_option(str(second))
    form.locator("select[name$=rank_2]").select_option(str(first))
    tour.send(tab, BALLOT_FORM, "button[value=review]")


def ballot_counted(tour, tab, language):
    ballot_review(tour, tab, language)
    tour.send(tab, BALLOT_FORM, "button[value=confirm]")


def ballot_already_cast(tour, tab, language):
    ballot_counted(tour, tab, language)
    tour.open(tab, "ballot", language)


def sign_in_refused(tour, tab, language):
    tour.open_path(tab, "accounts/login/", language)
    tab.fill("input[name=login]", "personne@example.org")
    tab.fill("input[name=password]", "pas-le-bon-mot")
    tour.send(tab, "main form[method=post]")


def sign_up_refused(tour, tab, language):
    tour.open_path(tab, "accounts/signup/", language)
    tab.fill("input[name=email]", "pas-une-adresse")
    tour.send(tab, "main form[method=post]")


def stale_token(tour, tab, language):
    tour.open(tab, "comments", language)
    tab.locator(f"{COMMENT_FORM} textarea[name=body]").fill("Un avis à garder")
    tab.locator(f"{COMMENT_FORM} input[name=csrfmiddlewaretoken]").evaluate(
        "input => { input.value = 'x'.repeat(64); }"
    )
    tour.send(tab, COMMENT_FORM)


def too_many_sign_ups(tour, tab, language):
    tour.forget_limits()
    for _attempt in range(2):  # the test allows one sign-up a minute
        sign_up_refused(tour, tab, language)


FOLLOW_FORM = "#follow form"
FREQUENCY_FORM = "main form.account-form"


def page_followed(tour, tab, language):
    tour.open(tab, "objective", language)
    tour.send(tab, FOLLOW_FORM)


def email_preferences_refused(tour, tab, language):
    tour.open_path(tab, "account/emails/", language)
    tab.locator("#id_news").evaluate(
        "select => { select.add(new Option('hourly', 'hourly', true, true)); }"
    )
    tour.send(tab, FREQUENCY_FORM)


def email_preferences_saved(tour, tab, language):
    tour.open_path(tab, "account/emails/", language)
    tab.select_option("#id_news", "weekly")
    tour.send(tab, FREQUENCY_FORM)


def unsubscribed(tour, tab, language):
    from notifications.models import Kind
    from notifications.tokens import make_token

    token = make_token(UserFactory(), [Kind.NEWS])
    tour.open_path(tab, f"unsubscribe/{token}/", language)
    tour.send(tab, "main form[method=post]")


def unsubscribe_link_refused(tour, tab, language):
    tour.open_path(tab, "unsubscribe/not-a-token/", language)


# Following and email digests (notifications).
EMAIL_STATES = [
    State("page followed", page_followed, 200, None),
    State("email preferences refused", email_preferences_refused, 400, ERROR_SUMMARY),
    State("email preferences saved", email_preferences_saved, 200, None),
    State("unsubscribed", unsubscribed, 200, None, signed_in=False),
    State(
        "unsubscribe link refused", unsubscribe_link_refused, 400, None, signed_in=False
    ),
]

# Similar proposals before sending, and a merged proposal's public page.
SIMILAR_STATES = [
    State("similar proposals checked", similar_checked, 200, OUTCOME),
    State("similar proposal supported", similar_supported, 200, None),
    State("merged proposal page", merged_proposal_page, 200, None, signed_in=False),
]

STATES = [
    State("proposal sent empty", proposal_empty, 400, ERROR_SUMMARY),
    State("proposal with mistakes", proposal_with_mistakes, 400, ERROR_SUMMARY),
    State("proposal sent", proposal_sent, 200, OUTCOME),
    *SIMILAR_STATES,
    State("comment sent empty", comment_empty, 400, ERROR_SUMMARY),
    State("comment posted", comment_posted, 200, OUTCOME),
    State("ballot reviewed empty", ballot_empty, 400, ERROR_SUMMARY),
    State("ballot review", ballot_review, 200, OUTCOME),
    State("ballot counted", ballot_counted, 200, OUTCOME),
    State("ballot already cast", ballot_already_cast, 200, None),
    State("sign-in refused", sign_in_refused, 200, ERROR_SUMMARY, signed_in=False),
    State("sign-up refused", sign_up_refused, 200, ERROR_SUMMARY, signed_in=False),
    State("stale security token", stale_token, 403, None),
    State("too many sign-ups", too_many_sign_ups, 429, None, signed_in=False),
    *EMAIL_STATES,
]
