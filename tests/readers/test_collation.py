"""Themes (and partners) are listed in French order — “Économie” with the E's, case ignored — on SQLite
(which compares bytes) as on PostgreSQL, in the library's filters, the search's facets and the tags of a
page."""

import io
import re

import pytest
from django.core.management import call_command

from core.collation import french_sorted
from tests.html import page, texts

FRENCH_ORDER = ["Culture", "eau et assainissement", "Économie sociale et solidaire", "Énergie", "Habitat",
                "Œuvres d'art", "Zones rurales"]


def in_french_order(labels: list[str]) -> list[str]:
    """The names of ``FRENCH_ORDER`` in ``labels`` (“Culture (1)”: counts apart), in their order there."""
    names = [re.sub(r"\s*\(\d+\)$", "", label) for label in labels]
    return [name for name in names if name in FRENCH_ORDER]


@pytest.fixture
def resource_with_every_theme(theme_factory, resource_factory):
    themes = [theme_factory(name=name) for name in reversed(FRENCH_ORDER)]
    return resource_factory("Guide des patrimoines ruraux", themes=themes)


def test_the_library_filter_lists_the_themes_in_french_order(client, library, resource_with_every_theme):
    options = page(client.get(library.url)).select("select[name=theme] option")
    assert in_french_order(texts(options)) == FRENCH_ORDER


def test_the_search_facets_list_the_themes_in_french_order(client, resource_with_every_theme):
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    soup = page(client.get("/recherche/", {"q": "patrimoines"}))
    tags = soup.select("[aria-labelledby=facette-theme] .fr-tag")
    assert in_french_order(texts(tags)) == FRENCH_ORDER


def test_a_resource_lists_its_themes_in_french_order(client, resource_with_every_theme):
    tags = page(client.get(resource_with_every_theme.url)).select(".fr-tag")
    assert in_french_order(texts(tags)) == FRENCH_ORDER


def test_the_french_key_puts_accented_capitals_and_ligatures_among_their_letters():
    assert french_sorted(reversed(FRENCH_ORDER)) == FRENCH_ORDER
    assert french_sorted(["côte", "Cote", "cote"]) == ["Cote", "cote", "côte"]
