"""Each step of a ballot opens where the voter's eye is: the review, the errors,
the counted ballot with its receipt, the theme already voted in.

The voter's steps are made as a browser makes them: the form's action (with
its fragment) is read from the page and posted to, and the ballot box's
redirect is followed. French is the default language.
"""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from participation.models import Ballot, VoteCampaign
from participation.votes import sealing, services
from tests import html_checks
from tests.factories.votes import campaign
from tests.participation.vote_helpers import (
    ConfirmationForm,
    ballot_data,
    objectives,
)

pytestmark = pytest.mark.django_db

COUNTED = "Votre bulletin est pris en compte"
REFUSED = "Vous avez déjà voté dans ce thème."


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


def step_id(page, vote, theme_index=0):
    ct = vote.ballot_themes.all()[theme_index]
    return f"vote-{page.body[0].id}-theme-{ct.pk}-step"


def ballot_form_action(html, step):
    """The action of the ballot form whose answer opens at `step`."""
    actions = re.findall(r'<form class="ballot" method="post" action="([^"]+)"', html)
    [action] = [a for a in actions if a.endswith(f"#{step}")]
    return action


def review(client, page, vote, ranks):
    """Fill the first theme's ballot and press "Review my ballot"."""
    html = client.get(page.url).content.decode()
    action = ballot_form_action(html, step_id(page, vote))
    url, fragment = action.split("#")
    return client.post(url, ballot_data(vote, ranks=ranks)), fragment


def confirm(client, review_html):
    """Press "Confirm my vote" on the review; follow the ballot box's redirect."""
    form = ConfirmationForm(review_html)
    response = client.post(form.buttons["confirm"], {**form.fields, "step": "confirm"})
    assert response.status_code == 302
    return response.url, client.get(response.url).content.decode()


def test_the_review_opens_at_the_confirmation_which_takes_focus(
    client, page, vote, voter
):
    a, b, c = objectives(vote)
    response, fragment = review(client, page, vote, [b, a, None])
    html = response.content.decode()
    assert response.status_code == 200
    step = html_checks.element(html, fragment)
    assert step is not None and "data-outcome" in step and step["tabindex"] == "-1"
    assert step["role"] == "group"
    assert "Vérifiez votre classement" in html[html.index(f'id="{fragment}"') :]
    assert 'role="alert"' not in html
    assert html_checks.problems(html) == []
    # "Change my ranking" comes back to the same place, the form again.
    change = ConfirmationForm(html).buttons["change"]
    assert change.endswith(f"#{fragment}")
    again = client.post(
        change.split("#")[0], {**ConfirmationForm(html).fields, "step": "change"}
    )
    assert html_checks.element(again.content.decode(), fragment)["tag"] == "form"
    assert Ballot.objects.count() == 0


@pytest.mark.parametrize(
    "ranks, linked_rank",
    [([None, None, None], 1), (["a", "a", None], 2), (["a", None, "c"], 2)],
)
def test_a_refused_ballot_opens_at_its_error_summary_linking_each_error(
    client, page, vote, voter, ranks, linked_rank
):
    options = dict(zip("abc", objectives(vote), strict=True))
    response, fragment = review(
        client, page, vote, [options.get(rank) for rank in ranks]
    )
    html = response.content.decode()
    assert response.status_code == 400
    summary = html_checks.element(html, fragment)
    assert "data-error-summary" in summary and summary["role"] == "group"
    assert 'role="alert"' not in html
    rank_id = f"vote-ballot-{vote.ballot_themes.first().pk}-rank_{linked_rank}"
    assert f'href="#{rank_id}"' in html
    assert html_checks.element(html, rank_id)["aria-invalid"] == "true"
    assert html_checks.problems(html) == []


def test_a_confirmed_ballot_shows_counted_with_its_receipt_once_in_its_place(
    client, page, vote, voter
):
    a, b, c = objectives(vote)
    response, fragment = review(client, page, vote, [c, a, None])
    url, html = confirm(client, response.content.decode())
    assert url == f"{page.url}#{fragment}"
    receipt = sealing.receipt(Ballot.objects.get().sealed)
    outcome = html[html.index(f'id="{fragment}"') :]
    outcome = outcome[: outcome.index("</div>")]
    assert COUNTED in outcome and receipt in outcome
    assert "data-outcome" in html_checks.element(html, fragment)
    assert "<fieldset" not in outcome
    assert html_checks.problems(html) == []
    # The receipt never travels in a cookie, and is shown once.
    assert receipt not in str(client.cookies)
    later = client.get(page.url).content.decode()
    assert receipt not in later and COUNTED not in later
    done = html_checks.element(later, fragment)
    assert done is not None and "data-outcome" not in done
    assert "Vous avez voté dans ce thème le" in later
    assert later.count("<fieldset") == 1  # the other theme is still to vote


def test_confirming_again_from_an_old_tab_says_already_voted_in_place(
    client, page, vote, voter
):
    a, b, c = objectives(vote)
    first, _fragment = review(client, page, vote, [a])
    second, fragment = review(client, page, vote, [b])
    confirm(client, first.content.decode())
    url, html = confirm(client, second.content.decode())
    assert url.endswith(f"#{fragment}")
    assert REFUSED in html and "data-outcome" in html_checks.element(html, fragment)
    assert Ballot.objects.count() == 1
    assert REFUSED not in client.get(page.url).content.decode()


def test_a_wrong_voting_code_answers_at_its_summary(client, page, vote):
    url = reverse("participation:vote_code", args=[vote.pk])
    html = client.get(url, {"next": page.url}).content.decode()
    assert 'action="#code-errors"' in html
    response = client.post(f"{url}?next={page.url}", {"code": "FAUX-CODE"})
    html = response.content.decode()
    assert response.status_code == 400
    summary = html_checks.element(html, "code-errors")
    assert "data-error-summary" in summary and summary["role"] == "group"
    assert 'href="#id_code"' in html and 'role="alert"' not in html
    assert html_checks.problems(html) == []


@pytest.mark.parametrize(
    "receipt, status, answer",
    [
        ("", 400, "data-error-summary"),
        ("AAAA-BBBB-CCCC-DDDD-EEEE", 200, "data-outcome"),
    ],
)
def test_checking_a_receipt_answers_at_the_check(client, receipt, status, answer):
    vote = campaign(opens_in=-7, closes_in=7)
    ct = vote.ballot_themes.first()
    services.cast_ballot(ct, ct.option_ids()[:1], "online", voter_key="x")
    VoteCampaign.objects.filter(pk=vote.pk).update(closes_at=timezone.now())
    vote.refresh_from_db()
    services.certify(vote, vote.private_key, "Camille Durand")
    services.publish_results(vote)
    url = reverse("participation:vote_receipts", args=[vote.pk])
    assert 'action="#receipt-check"' in client.get(url).content.decode()
    response = client.get(url, {"receipt": receipt})
    html = response.content.decode()
    assert response.status_code == status
    assert answer in html_checks.element(html, "receipt-check")
    assert 'role="alert"' not in html and html_checks.problems(html) == []
