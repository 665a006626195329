"""The clustering behind grouping suggestions, on hand-written proposals:
obvious themes end up together, whatever the language or the accents."""

from participation.grouping.clustering import cluster, terms_of_groups
from participation.proposals.text import fold, words
from tests.participation.grouping.texts import BIKES, INSULATION


def groups_of(result, texts):
    return [{texts[i] for i in c.members} for c in result.clusters]


def test_bike_texts_go_together_and_insulation_texts_together():
    texts = BIKES + INSULATION
    result = cluster(texts, k=2)
    assert sorted(groups_of(result, texts), key=len) == sorted(
        [set(BIKES), set(INSULATION)], key=len
    )


def test_the_number_of_groups_is_found_when_staff_give_none():
    texts = [t for pair in zip(BIKES, INSULATION, strict=True) for t in pair]
    result = cluster(texts)
    assert result.k == 2
    assert {frozenset(g) for g in groups_of(result, texts)} == {
        frozenset(BIKES),
        frozenset(INSULATION),
    }
    assert result.silhouette is not None


def test_each_group_is_described_by_its_own_words_as_residents_wrote_them():
    texts = BIKES + INSULATION
    result = cluster(texts, k=2)
    described = {
        frozenset(texts[i] for i in c.members): c.terms for c in result.clusters
    }
    bike_terms = described[frozenset(BIKES)]
    insulation_terms = described[frozenset(INSULATION)]
    assert {"vélos", "arceaux"} & set(bike_terms[:3])
    assert {"logements", "isoler", "isolation"} & set(insulation_terms[:3])
    assert not set(bike_terms) & set(insulation_terms)


def test_the_same_texts_always_give_the_same_groups():
    texts = BIKES + INSULATION
    first, second = cluster(texts), cluster(list(texts))
    assert [c.members for c in first.clusters] == [c.members for c in second.clusters]
    assert [c.terms for c in first.clusters] == [c.terms for c in second.clusters]


def test_accents_plurals_languages_and_grammatical_words_do_not_separate_texts():
    assert fold("Vélo-École") == "velo-ecole"
    assert (
        words("Les vélos à l’école")
        == words("le velo a l'ecole")
        == [
            "velo",
            "ecole",
        ]
    )
    assert words("the bikes and the bus") == ["velo", "bus"]
    assert words("las bicicletas") == ["velo"]


def test_tiny_or_wordless_inputs_give_one_group_or_none():
    assert cluster([]).clusters == []
    single = cluster(["Un vélo"])
    assert [c.members for c in single.clusters] == [[0]]
    wordless = cluster(["?!", "…", "12"])
    assert [c.members for c in wordless.clusters] == [[0, 1, 2]]


def test_groups_split_apart_are_described_by_what_tells_them_apart():
    bike_terms, insulation_terms = terms_of_groups([BIKES, INSULATION])
    assert "vélos" in bike_terms
    assert "logements" in insulation_terms
