"""The search of each language: the header form sends an English page's visitor to the English search."""

import pytest
from wagtail.models import Locale

from tests.search.reading import result_titles, soup
from tests.search.reading import results_page as search


@pytest.fixture
def english_home(search_site):
    english = Locale.objects.get(language_code="en")  # core migration 0003
    home = search_site.home.copy_for_translation(english)
    home.save_revision().publish()
    return home


def header_form_action(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return soup(response.content.decode()).select_one("form#recherche-entete")["action"]


def test_the_header_form_searches_in_the_language_of_the_page(search_site, english_home, client):
    assert header_form_action(client, "/") == "/recherche/"
    assert header_form_action(client, "/en/") == "/en/recherche/"


def test_the_english_search_finds_english_pages_only(search_site, english_home, client):
    resource = search_site.resource("Tiers-lieux : le guide")
    library = search_site.library.copy_for_translation(english_home.locale)
    library.save_revision().publish()
    translation = resource.copy_for_translation(english_home.locale)
    translation.title = "Third places: the guide"
    translation.save_revision().publish()

    assert result_titles(search(client, "/en/recherche/", q="guide")) == ["Third places: the guide"]
    assert result_titles(search(client, q="guide")) == ["Tiers-lieux : le guide"]
