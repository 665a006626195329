import re
from decimal import Decimal

import pytest
from django.core import mail
from wagtail.models import Locale

from pledges.models import PledgeAction
from tests.factories.pages import ContentPageFactory


@pytest.fixture
def cycling(db):
    return PledgeAction.objects.create(
        locale=Locale.get_default(),
        title="Je vais au travail à vélo",
        kg_co2e_per_year=Decimal("340"),
        comparison="Deux allers-retours Ivry–Marseille en voiture.",
    )


@pytest.fixture
def composting(db):
    return PledgeAction.objects.create(
        locale=Locale.get_default(),
        title="Je composte",
        kg_co2e_per_year=Decimal("60"),
        comparison="Un trajet en benne.",
        sort_order=1,
    )


@pytest.fixture
def pledge_page(home, cycling, composting, neighbourhood):
    return ContentPageFactory(
        parent=home,
        title="Je m’engage",
        slug="je-m-engage",
        body=[("pledge", {"heading": "Engagements", "intro": ""})],
    )


def action_url(page):
    return page.block_action_url(page.body[0].id)


def link_in_last_email():
    return re.search(r"https?://\S+/pledges/confirm/\S+/", mail.outbox[-1].body)[0]


def path_of(url):
    return "/" + url.split("/", 3)[3]
