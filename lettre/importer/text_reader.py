"""Text and Markdown as the e-mailing tool's text export writes them (``shared/seeds/``): blank lines
between paragraphs, ``#`` headings, ``- `` lists, ``**bold**``, ``*italics*``, ``[label](address)``,
``![alt](image)``. Turned into HTML, then read like any HTML issue (sanitised, then outlined): one
reader of structure for every format."""

import html
import re

HEADING_RE = re.compile(r"^(#{1,6})\s*(.*?)(?:\s+#+)?\s*$")
LIST_RE = re.compile(r"^(?:([-*+•])|(\d{1,3})[.)])\s+(.*)$")
IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
LINK_RE = re.compile(r"\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
ITALIC_RE = re.compile(r"(?<![*\w])\*(?![\s*])(.+?)(?<![\s*])\*(?![*\w])", re.DOTALL)


def attribute(value: str) -> str:
    return html.escape(value, quote=True)


def inline(text: str, raw_html: bool) -> str:
    """Markdown's inline marks as HTML; line breaks kept as ``<br>``."""
    if not raw_html:
        text = html.escape(text, quote=False)
    text = IMAGE_RE.sub(lambda m: f'<img src="{attribute(m[2])}" alt="{attribute(m[1])}">', text)
    text = LINK_RE.sub(lambda m: f'<a href="{attribute(m[2])}">{m[1]}</a>', text)
    text = BOLD_RE.sub(r"<b>\1</b>", text)
    text = ITALIC_RE.sub(r"<i>\1</i>", text)
    return text.replace("\n", "<br>")


class _Writer:
    def __init__(self, raw_html: bool):
        self.raw_html = raw_html
        self.out: list[str] = []
        self.paragraph: list[str] = []
        self.items: list[str] = []
        self.ordered = False

    def flush(self):
        if self.paragraph:
            self.out.append(f"<p>{inline(chr(10).join(self.paragraph), self.raw_html)}</p>")
            self.paragraph = []
        if self.items:
            tag = "ol" if self.ordered else "ul"
            items = "".join(f"<li>{inline(item, self.raw_html)}</li>" for item in self.items)
            self.out.append(f"<{tag}>{items}</{tag}>")
            self.items = []

    def line(self, raw: str):
        stripped = raw.strip()
        if not stripped:
            self.flush()
            return
        heading = HEADING_RE.match(stripped)
        if heading:
            self.flush()
            level = len(heading[1])
            self.out.append(f"<h{level}>{inline(heading[2], self.raw_html)}</h{level}>")
            return
        item = LIST_RE.match(stripped)
        if item:
            if self.paragraph:
                self.flush()
            if self.items and self.ordered != bool(item[2]):
                self.flush()
            self.ordered = bool(item[2])
            self.items.append(item[3])
            return
        if self.items and raw[:1] in (" ", "\t"):
            self.items[-1] += "\n" + stripped  # the continuation of a list item
            return
        if self.items:
            self.flush()
        self.paragraph.append(stripped)


def text_to_html(text: str, markdown: bool = True) -> str:
    """The HTML of a text or Markdown issue. In Markdown, HTML written in the text passes through (and
    is sanitised with the rest); in plain text it is text."""
    writer = _Writer(raw_html=markdown)
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        writer.line(raw.rstrip())
    writer.flush()
    return "\n".join(writer.out)
