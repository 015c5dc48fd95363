"""The search key: what a name is compared on, whatever the accents, ligatures, case and punctuation."""

import pytest

from communes.normalise import search_key


@pytest.mark.parametrize("typed", [
    "ploeuc", "Plœuc", "PLŒUC", "Ploeuc-l'hermitage", "plœuc l’hermitage", "  ploeuc  lhermitage ",
    "hermitage",
])
def test_what_a_visitor_types_is_part_of_the_key_of_ploeuc_l_hermitage(typed):
    assert search_key(typed) in search_key("Plœuc-L'Hermitage")


@pytest.mark.parametrize(("name", "key"), [
    ("Saint-Étienne-du-Rouvray", "saintetiennedurouvray"),
    ("L'Haÿ-les-Roses", "lhaylesroses"),
    ("Cœuvres-et-Valsery", "coeuvresetvalsery"),
    ("Æ", "ae"),
])
def test_accents_ligatures_hyphens_and_apostrophes_are_folded(name, key):
    assert search_key(name) == key


def test_a_name_that_is_only_punctuation_has_an_empty_key():
    assert search_key(" - ' ") == ""
