"""The flat outline both readers (HTML, text) make of an issue: headings, paragraphs, lists and images,
in reading order. Inline content is kept as a small HTML subset: ``<b>``, ``<i>``, ``<a href>``, ``<br/>``."""

import html
import re
from dataclasses import dataclass, field

TAG_RE = re.compile(r"<[^>]+>")
LINK_RE = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
TERMINAL_PUNCTUATION = (".", "!", "?", "…", ":", ";", ",", "»", '"')


def plain(inline_html: str) -> str:
    """The text of inline HTML, white space folded."""
    text = TAG_RE.sub(" ", inline_html.replace("<br/>", " "))
    return " ".join(html.unescape(text).split())


def is_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


@dataclass
class Node:
    """One piece of the outline. ``kind``: heading, paragraph, list or image."""

    kind: str
    html: str = ""  # inline HTML of a heading or a paragraph
    level: int = 0  # heading level (1–6)
    items: list[str] = field(default_factory=list)  # inline HTML of each list item
    ordered: bool = False
    src: str = ""  # image
    alt: str = ""
    href: str = ""  # link around an image

    @property
    def text(self) -> str:
        if self.kind == "list":
            return " ".join(plain(item) for item in self.items)
        if self.kind == "image":
            return self.alt
        return plain(self.html)

    @property
    def lines(self) -> list[str]:
        """The text of each line of a paragraph (lines broken by ``<br/>``)."""
        return [plain(line) for line in self.html.split("<br/>") if plain(line)]

    @property
    def links(self) -> list[tuple[str, str]]:
        """(href, label) of every link."""
        source = "".join(self.items) if self.kind == "list" else self.html
        found = [(href, plain(label)) for href, label in LINK_RE.findall(source)]
        if self.kind == "image" and self.href:
            found.append((self.href, self.alt))
        return found

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"

    @property
    def is_paragraph(self) -> bool:
        return self.kind == "paragraph"

    @property
    def is_link_only(self) -> bool:
        """A paragraph whose words are all inside links (a button, “Lire la suite”, “Je m'inscris”)."""
        if not self.is_paragraph or "<a " not in self.html:
            return False
        outside = plain(LINK_RE.sub(" ", self.html))
        return not re.sub(r"[\s|–\-·•.]", "", outside)

    @property
    def is_bold_only(self) -> bool:
        stripped = self.html.strip()
        return (
            self.is_paragraph
            and stripped.startswith("<b>")
            and stripped.endswith("</b>")
            and stripped.count("<b>") == 1
        )

    @property
    def ends_sentence(self) -> bool:
        return self.text.rstrip().endswith(TERMINAL_PUNCTUATION)

    def is_short_line(self, limit: int = 200) -> bool:
        """A short paragraph that is not a sentence: a name, a role, a subheading of the text."""
        return (
            self.is_paragraph
            and not self.is_link_only
            and 0 < len(self.text) <= limit
            and not self.ends_sentence
        )


def heading(text_html: str, level: int) -> Node:
    return Node("heading", html=text_html, level=level)


def paragraph(inline_html: str) -> Node:
    return Node("paragraph", html=inline_html)
