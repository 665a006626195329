"""Theme and action cards lead with their picture, at a fixed query cost."""

import io

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PillowImage
from wagtail.images.models import Image

from tests.factories.plan import ActionPageFactory, ThemePageFactory


def picture(name):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 36), "#0b6e4f").save(buffer, format="PNG")
    image = Image(title=name)
    image.file = ImageFile(buffer, name=f"{name}.png")
    image.save()
    return image


def queries(client, url):
    client.get(url)  # warm the caches (site, locales, renditions made once)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).content.decode()
    return len(captured), html


@pytest.mark.django_db
def test_theme_cards_show_their_pictures_at_a_fixed_query_cost(client, plan):
    themes = [
        ThemePageFactory(parent=plan, title=f"Thème {n}", slug=f"theme-{n}")
        for n in range(4)
    ]
    themes[0].image = picture("premier")
    themes[0].save_revision().publish()
    one, html = queries(client, plan.url)
    assert html.count('class="card__picture"') == 1
    for number, theme in enumerate(themes[1:]):
        theme.image = picture(f"autre-{number}")
        theme.save_revision().publish()
    four, html = queries(client, plan.url)
    assert html.count('class="card__picture"') == 4
    assert four == one
    assert 'alt=""' in html  # decorative: the card's title says what matters


@pytest.mark.django_db
def test_action_cards_on_an_objective_lead_with_the_picture(client, objective):
    action = ActionPageFactory(parent=objective, title="Pistes", slug="pistes")
    action.image = picture("pistes")
    action.save_revision().publish()
    html = client.get(objective.url).content.decode()
    card = html.split('class="card card--photo"', 1)[1].split("</li>", 1)[0]
    assert card.index("card__picture") < card.index("Pistes")
