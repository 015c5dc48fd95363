"""An untranslated page is never served under /en/: the English address of a French-only page, or an
unknown language prefix, is the site's styled 404 in the language of the address."""

import pytest

from tests.html import parse, text


@pytest.fixture
def production_like(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]


def not_found(client, url):
    response = client.get(url)
    assert response.status_code == 404, (url, response.status_code)
    soup = parse(response.content.decode())
    assert soup.select("header.fr-header") and soup.select("footer.fr-footer")
    return soup


def test_a_french_only_issue_is_an_english_404_without_english_home(client, issue_factory, production_like):
    issue = issue_factory(number=4, title="Lettre d'information n°4")
    assert client.get(issue.url).status_code == 200

    soup = not_found(client, f"/en{issue.url}")
    assert soup.html["lang"] == "en"
    assert "Page not found" in text(soup.h1)
    assert "Lettre d'information n°4" not in text(soup)
    assert soup.select_one("main a.fr-btn")["href"] == "/"  # no English home: the French one


def test_a_french_only_issue_is_an_english_404_beside_translated_pages(
    client, issue_factory, lettre_index, translate, english_home, production_like
):
    translated = issue_factory(number=4, title="Lettre n°4")
    french_only = issue_factory(number=5, title="Lettre n°5")
    translate(translated, title="Newsletter #4")

    assert client.get(f"/en{translated.url}").status_code == 200
    soup = not_found(client, f"/en{french_only.url}")
    assert soup.html["lang"] == "en"
    assert "Error 404" in text(soup.main)
    assert soup.select_one("main a.fr-btn")["href"] == "/en/"
    # The menu of the English tree (the archive's title was copied, not translated, here).
    assert [text(link) for link in soup.select("#navigation-principale a")] == ["Les lettres"]


def test_the_english_home_is_a_404_until_it_is_translated(client, home_page, production_like, translate):
    soup = not_found(client, "/en/")
    assert soup.html["lang"] == "en"
    translate(home_page, title="Club of Small towns of tomorrow")
    assert client.get("/en/").status_code == 200


@pytest.mark.parametrize("url", ["/de/", "/de/lettres/", "/es/lettres/lettre-4/"])
def test_an_unknown_language_prefix_is_a_french_404(client, issue_factory, production_like, url):
    issue_factory(number=4)
    soup = not_found(client, url)
    assert soup.html["lang"] == "fr"
    assert "Page non trouvée" in text(soup.h1)


def test_a_french_page_stays_french_beside_its_translation(client, issue_factory, translate, english_home):
    issue = issue_factory(number=4, title="Lettre n°4")
    translate(issue, title="Newsletter #4")
    french = parse(client.get(issue.url).content.decode())
    english = parse(client.get(f"/en{issue.url}").content.decode())
    assert (french.html["lang"], text(french.h1)) == ("fr", "Lettre n°4")
    assert (english.html["lang"], text(english.h1)) == ("en", "Newsletter #4")
