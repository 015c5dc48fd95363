"""Cleaning an issue's HTML with nh3 (the Ammonia sanitiser) before anything reads it: scripts, styles,
event handlers, ``javascript:`` and ``data:`` addresses, forms and frames go; the structure the outline
needs stays. What was removed is counted for the report."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3

TAGS = {
    "a",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "p",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "img",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "div",
    "span",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "center",
    "font",
    "blockquote",
    "hr",
    "figure",
    "figcaption",
}
# Removed with everything inside them, not only their tags.
CONTENT_TAGS = {"script", "style", "title", "noscript", "template", "iframe", "object", "svg", "select"}
ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    # Only the display property of a style is kept: a hidden preheader is not content.
    **{tag: {"style"} for tag in ("div", "span", "p", "td", "table", "tr")},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "form"}


@dataclass
class Removed:
    """What the sanitiser took out that a reader could have noticed."""

    scripts: int = 0
    handlers: set[str] = field(default_factory=set)
    javascript_links: int = 0

    def __bool__(self):
        return bool(self.scripts or self.handlers or self.javascript_links)


class _Counter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.removed = Removed()

    def handle_starttag(self, tag, attrs):
        if tag in DANGEROUS_TAGS:
            self.removed.scripts += 1
        for name, value in attrs:
            if name.startswith("on"):
                self.removed.handlers.add(name)
            elif (
                name in ("href", "src", "action", "formaction")
                and value
                and "".join(value.split()).lower().startswith(("javascript:", "vbscript:"))
            ):
                self.removed.javascript_links += 1


def count_removed(raw_html: str) -> Removed:
    counter = _Counter()
    counter.feed(raw_html)
    counter.close()
    return counter.removed


def sanitise(raw_html: str) -> tuple[str, Removed]:
    """The cleaned HTML and what was removed."""
    removed = count_removed(raw_html)
    cleaned = nh3.clean(
        raw_html,
        tags=TAGS,
        clean_content_tags=CONTENT_TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        filter_style_properties={"display"},
        link_rel=None,
        strip_comments=True,
    )
    return cleaned, removed
