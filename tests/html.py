"""The one HTML parser of the tests: BeautifulSoup with Python's own "html.parser" backend."""

from bs4 import BeautifulSoup


def parse(html: str | bytes) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def page(response) -> BeautifulSoup:
    """The parsed page of a response that must be a 200."""
    assert response.status_code == 200, response.status_code
    return parse(response.content.decode())


def text(node) -> str:
    """The text of an element as a reader sees it: white space folded."""
    return " ".join(node.get_text().split()) if node is not None else ""


def texts(nodes) -> list[str]:
    return [text(node) for node in nodes]


def card_titles_in(html: str, heading_id: str) -> list[str]:
    """The titles of the cards of the section labelled by ``heading_id`` ([] without that section)."""
    section = parse(html).find("section", attrs={"aria-labelledby": heading_id})
    return [text(link) for link in section.select(".fr-card__title a")] if section else []


def headings(soup) -> list[tuple[int, str]]:
    """(level, text) of every h1–h6, in document order."""
    return [(int(h.name[1]), text(h)) for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
