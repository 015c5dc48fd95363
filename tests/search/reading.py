"""Reading the results page as a visitor sees it, with BeautifulSoup (``html.parser``)."""

from urllib.parse import parse_qsl, urlsplit

from bs4 import BeautifulSoup

SEARCH_URL = "/recherche/"


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def text_of(element) -> str:
    return " ".join(element.get_text().split())


def results_page(client, url=SEARCH_URL, **params) -> str:
    """The HTML of the results page for these parameters (which must not be an error)."""
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def result_titles(html: str) -> list[str]:
    return [text_of(title) for title in soup(html).select("article.search-result h2 a")]


def result_details(html: str) -> list[str]:
    """The line under each result's title: type, date, partner, themes."""
    return [text_of(line) for line in soup(html).select("article.search-result p.fr-text--sm")]


def marked_words(html: str) -> list[str]:
    """The highlighted words of the results (titles and snippets)."""
    return [mark.get_text() for mark in soup(html).select("article.search-result mark")]


def promotion_titles(html: str) -> list[str]:
    return [text_of(title) for title in soup(html).select("li.search-promotion p.fr-h5 a")]


def facet_counts(html: str) -> dict[str, dict[str, int]]:
    """{facet: {value: count}}; the value is read from the link, which toggles it in the query
    string, so a chosen value (whose link removes it) reads “(selected)”."""
    facets = {}
    for section in soup(html).select("section[aria-labelledby^=facette-]"):
        name = section["aria-labelledby"].removeprefix("facette-")
        options = {}
        for link in section.select("a.fr-tag"):
            values = [value for key, value in parse_qsl(urlsplit(link["href"]).query) if key == name]
            count = int(link.select_one(".facet-count").get_text().strip("()"))
            options[values[-1] if link.get("aria-current") is None else "(selected)"] = count
        facets[name] = options
    return facets
