"""Absolute addresses: an e-mail is read outside the site, every link and image must say where."""

import re
from urllib.parse import urljoin

URL_ATTRIBUTE = re.compile(r"""(?P<before>\s(?:href|src|background)=(?P<quote>["']))(?P<url>.*?)(?P=quote)""",
                           re.IGNORECASE | re.DOTALL)
ALREADY_ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|\{\{)", re.IGNORECASE)


def absolute_url(url: str, root_url: str, page_url: str) -> str:
    """`url` made absolute: “/x” against the site root, “#x” and “x” against the issue's page.

    Addresses with a scheme (http:, mailto:, tel:…) and per-recipient placeholders are kept.
    """
    url = url.strip()
    if not url or ALREADY_ABSOLUTE.match(url):
        return url
    if url.startswith("//"):
        return f"https:{url}"
    if url.startswith("/"):
        return f"{root_url}{url}"
    return urljoin(page_url, url)


def make_urls_absolute(html: str, root_url: str, page_url: str) -> str:
    """Every href / src / background attribute of `html` made absolute."""

    def replace(match: re.Match) -> str:
        url = absolute_url(match["url"], root_url, page_url)
        return f"{match['before']}{url}{match['quote']}"

    return URL_ATTRIBUTE.sub(replace, html)
