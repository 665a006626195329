"""The demo's votes read in the visitor's language, titles included."""

import pytest
from django.urls import reverse

from participation.models import VoteCampaign

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "prefix, title",
    [
        ("", "Vote d’essai — essayez le bulletin"),
        ("/en", "Trial vote — try the ballot"),
        ("/es", "Votación de prueba — pruebe la papeleta"),
    ],
)
def test_the_trial_vote_is_titled_in_each_language(demo_site, client, prefix, title):
    trial = VoteCampaign.objects.get(is_trial=True)
    html = client.get(
        prefix + reverse("participation:vote_code", args=[trial.pk])
    ).content.decode()
    language = prefix.strip("/") or "fr"
    assert f'<p class="lead" lang="{language}">{title}</p>' in html
    for vote in VoteCampaign.objects.all():
        assert sorted(vote.titles.values_list("language", flat=True)) == ["en", "es"]
