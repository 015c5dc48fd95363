"""Sanitised HTML → the flat outline of an issue (``nodes.Node``). E-mail layouts nest their content in
tables and divs: containers are walked through, only headings, paragraphs, lists and images count. No
class name or layout of a particular e-mailing tool is relied on. Hidden text (a preheader), tracking
pixels and layout tables are left out and counted for the report."""

import html
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

from .nodes import Node, heading, is_capitals, paragraph, plain

HEADINGS = {f"h{n}" for n in range(1, 7)}
INLINE = {"a", "b", "strong", "i", "em", "u", "span", "font", "br"}
BOLD, ITALIC = {"b", "strong"}, {"i", "em"}
LINKING_START = {"du", "de", "des", "d'", "la", "le", "les", "l'", "et", "à", "a", "au", "aux", "en", "pour"}
LINKING_END = LINKING_START | {"sur", "dans", "avec", "par"}
CAPS_HEADING_MAX = 150


@dataclass
class Outline:
    nodes: list[Node] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # hidden text (preheader)
    tracking_pixels: int = 0
    layout_tables: int = 0


def _is_hidden(tag: Tag) -> bool:
    return "none" in "".join((tag.get("style") or "").split()).lower().replace("display:", "")


def _number(value) -> int | None:
    match = re.match(r"\s*(\d+)", str(value or ""))
    return int(match.group(1)) if match else None


def _tidy(inline_html: str) -> str:
    inline_html = re.sub(r"\s+", " ", inline_html)
    inline_html = re.sub(r"<(b|i)>\s*</\1>", " ", inline_html)
    inline_html = re.sub(r'<a href="[^"]*">\s*</a>', " ", inline_html)
    inline_html = re.sub(r"\s*<br/>\s*", "<br/>", inline_html)
    inline_html = re.sub(r"^(<br/>)+|(<br/>)+$", "", inline_html.strip())
    return re.sub(r"(<br/>){2,}", "<br/>", inline_html).strip()


def inline_html(element) -> str:
    """The inline content of an element as the outline's small HTML subset."""
    parts = []
    for child in element.children:
        if isinstance(child, NavigableString):
            parts.append(html.escape(str(child), quote=False))
        elif not isinstance(child, Tag) or _is_hidden(child):
            continue
        elif child.name == "br":
            parts.append("<br/>")
        elif child.name in BOLD | ITALIC:
            inner = inline_html(child)
            tag = "b" if child.name in BOLD else "i"
            parts.append(f"<{tag}>{inner}</{tag}>" if inner.strip() else inner)
        elif child.name == "a" and child.get("href"):
            parts.append(f'<a href="{html.escape(child["href"], quote=True)}">{inline_html(child)}</a>')
        elif child.name in ("ul", "ol"):
            continue  # a nested list: its items are read as items of their own
        else:
            parts.append(inline_html(child))
    return "".join(parts)


class _Walker:
    def __init__(self):
        self.outline = Outline()
        self.run: list[str] = []

    @property
    def nodes(self):
        return self.outline.nodes

    def flush(self):
        text = _tidy("".join(self.run))
        self.run = []
        if plain(text):
            self.nodes.append(paragraph(text))

    def image(self, tag: Tag, href: str = ""):
        self.flush()
        width, height = _number(tag.get("width")), _number(tag.get("height"))
        if width is not None and height is not None and width <= 3 and height <= 3:
            self.outline.tracking_pixels += 1
            return
        self.nodes.append(
            Node("image", src=tag.get("src") or "", alt=" ".join((tag.get("alt") or "").split()), href=href)
        )

    def list_items(self, tag: Tag) -> list[str]:
        items = []
        for item in tag.find_all("li", recursive=False):
            text = _tidy(inline_html(item))
            if plain(text):
                items.append(text)
            for nested in item.find_all(["ul", "ol"], recursive=False):
                items.extend(self.list_items(nested))
        return items

    def walk(self, element):
        for child in element.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment or a doctype
                    self.run.append(html.escape(str(child), quote=False))
                continue
            if not isinstance(child, Tag):
                continue
            if _is_hidden(child):
                if child.get_text(strip=True):
                    self.outline.hidden.append(" ".join(child.get_text(" ").split()))
                continue
            name = child.name
            has_blocks = child.find(["img", "p", "div", "table", "ul", "ol", *HEADINGS]) is not None
            if name in HEADINGS and not child.find("img"):
                self.flush()
                text = _tidy(inline_html(child))
                if plain(text):
                    self.nodes.append(heading(text, int(name[1])))
            elif name in ("ul", "ol"):
                self.flush()
                items = self.list_items(child)
                if items:
                    self.nodes.append(Node("list", items=items, ordered=name == "ol"))
            elif name == "img":
                self.image(child)
            elif name == "a" and child.find("img") and not child.get_text(strip=True):
                self.image(child.find("img"), href=child.get("href") or "")
            elif name == "br":
                self.run.append("<br/>")
            elif name in INLINE and not has_blocks:
                inner = inline_html(child)
                self.run.append(_wrap(child, inner) if inner.strip() else inner)
            elif name == "p" and not has_blocks:
                self.flush()
                self.run.append(inline_html(child))
                self.flush()
            else:
                self.flush()
                if name == "table":
                    self.outline.layout_tables += 1
                self.walk(child)
                self.flush()


def _wrap(tag: Tag, inner: str) -> str:
    if tag.name in BOLD:
        return f"<b>{inner}</b>"
    if tag.name in ITALIC:
        return f"<i>{inner}</i>"
    if tag.name == "a" and tag.get("href"):
        return f'<a href="{html.escape(tag["href"], quote=True)}">{inner}</a>'
    return inner


def _first_word(text: str) -> str:
    match = re.match(r"\s*([\w]+'?|\w+)", text.lower())
    return match.group(1) if match else ""


def _last_word(text: str) -> str:
    words = text.lower().split()
    return words[-1] if words else ""


def _continues(previous: Node, following: Node) -> bool:
    """Two headings that the e-mail broke in two (“LE POINT DE VUE” / “DU MAIRE”)."""
    if not (previous.is_heading and following.is_heading and is_capitals(following.text)):
        return False
    if _last_word(previous.text) in LINKING_END:
        return True
    if not is_capitals(previous.text):
        return False
    return _first_word(following.text) in LINKING_START or following.level == previous.level + 1


def tidy_outline(nodes: list[Node]) -> list[Node]:
    """Short paragraphs in capitals are headings; a heading or a paragraph that the e-mail broke in two
    is joined again (a paragraph that stops mid-sentence and one that goes on in lower case)."""
    result: list[Node] = []
    for node in nodes:
        if (
            node.is_paragraph
            and not node.is_link_only
            and len(node.text) <= CAPS_HEADING_MAX
            and is_capitals(node.text)
            and not node.text.startswith("©")
        ):
            node = heading(node.html.replace("<br/>", " "), 2)
        previous = result[-1] if result else None
        if previous is not None and _continues(previous, node):
            previous.html = f"{previous.html} {node.html}"
            continue
        if (
            previous is not None
            and previous.is_paragraph
            and node.is_paragraph
            and not previous.ends_sentence
            and not previous.is_link_only
            and node.text[:1].islower()
        ):
            previous.html = f"{previous.html} {node.html}"
            continue
        result.append(node)
    return result


def read_html(cleaned_html: str) -> Outline:
    """The outline of sanitised HTML."""
    soup = BeautifulSoup(cleaned_html, "html.parser")
    walker = _Walker()
    walker.walk(soup)
    walker.flush()
    walker.outline.nodes = tidy_outline(walker.outline.nodes)
    return walker.outline
