"""The English search: English pages only, stemmed in English (PostgreSQL: english_unaccent)."""

import pytest

from tests.search.reading import result_titles
from tests.search.reading import results_page as search

ENGLISH_ONLY = "English stemming is PostgreSQL's (SQLite's FTS5 has none)"


@pytest.fixture
def english_issue(issue_factory, translate, english_home):
    french = issue_factory(number=4, title="Lettre n°4", intro="<p>Un village qui étudie sa mobilité.</p>")
    intro = "<p>One village studying how its people travel.</p>"
    return translate(french, title="Newsletter #4", intro=intro)


@pytest.mark.postgres_only(reason=ENGLISH_ONLY)
@pytest.mark.parametrize("query", ["villages", "village", "studies", "travelling"])
def test_the_english_search_finds_other_forms_of_an_english_word(client, english_issue, query):
    assert result_titles(search(client, "/en/recherche/", q=query)) == ["Newsletter #4"]


@pytest.mark.postgres_only(reason=ENGLISH_ONLY)
def test_english_words_are_stemmed_in_english_only_on_english_pages(client, english_issue):
    assert result_titles(search(client, q="studies")) == []  # French page, French stemming
    assert result_titles(search(client, q="mobilités")) == ["Lettre n°4"]
    assert result_titles(search(client, "/en/recherche/", q="mobilité")) == []  # no French page in English


def test_the_english_search_lists_english_pages_only(client, english_issue):
    assert result_titles(search(client, "/en/recherche/", q="village")) == ["Newsletter #4"]
    assert result_titles(search(client, q="village")) == ["Lettre n°4"]
