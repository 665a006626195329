"""Similar proposals: the right ones come first, and only public ones."""

import pytest
from django.utils import timezone

from participation.models import ProposalStatus
from participation.proposals.similar import similar_published
from tests.factories.proposals import ProposalFactory

pytestmark = pytest.mark.django_db

BIKE = "Des arceaux à vélos devant l’école Joliot-Curie"
BIKE_TEXT = "Les parents n’ont nulle part où attacher les vélos des enfants."


@pytest.fixture
def pool(call):
    return {
        "bike": ProposalFactory(call=call, title=BIKE, text=BIKE_TEXT),
        "trees": ProposalFactory(
            call=call,
            title="Planter des arbres rue Marat",
            text="De l’ombre en été et moins de bitume.",
        ),
        "compost": ProposalFactory(
            call=call,
            title="Un composteur dans chaque square",
            text="Les épluchures des habitants deviendraient du terreau.",
        ),
    }


def references(found):
    return [proposal.reference for proposal in found]


@pytest.mark.parametrize(
    "title, text",
    [
        ("arceaux a velos devant l'ecole", ""),  # no accents
        ("École Joliot-Curie : des vélos, des arceaux", ""),  # word order
        ("Des arceux à vélo devant l’écolle", ""),  # typos
        ("Bike racks at the Joliot-Curie school", "Parents need to park bikes."),
    ],
)
def test_a_resident_writing_about_the_same_thing_sees_it_first(pool, title, text):
    found = similar_published(title, text)
    assert references(found)[:1] == [pool["bike"].reference]


def test_an_unrelated_proposal_finds_nothing_alike(pool):
    assert similar_published("Une piscine chauffée au soleil", "Baignade") == []


def test_at_most_five_are_offered(call):
    for number in range(8):
        ProposalFactory(call=call, title=f"{BIKE} {number}", text=BIKE_TEXT)
    assert len(similar_published(BIKE, BIKE_TEXT)) == 5


def test_only_public_proposals_are_offered(pool, call):
    ProposalFactory(call=call, title=BIKE, text=BIKE_TEXT, hidden_at=timezone.now())
    ProposalFactory(
        call=call,
        title=BIKE,
        text=BIKE_TEXT,
        status=ProposalStatus.objects.get(code="submitted"),
    )
    ProposalFactory(call=call, title=BIKE, text=BIKE_TEXT, merged_into=pool["bike"])
    assert references(similar_published(BIKE, BIKE_TEXT)) == [pool["bike"].reference]


def test_a_proposal_in_another_language_is_found_through_its_translation(pool):
    from machine_translation.models import MachineTranslation, text_hash

    title, text = "Aparcabicis delante del colegio", "Los niños no pueden aparcar."
    assert similar_published(title, text, language="es") == []
    bike = pool["bike"]
    for original, translated in ((bike.title, title), (bike.text, text)):
        MachineTranslation.objects.create(
            source_hash=text_hash(original),
            source_language="fr",
            target_language="es",
            text=translated,
            backend="test",
        )
    found = similar_published(title, text, language="es")
    assert references(found) == [bike.reference]
