"""Result snippets: a passage of the page's indexed text around the first matched word, with the
matched words wrapped in ``<mark>``. Every piece of text is escaped before marks are added, so page
content can never inject markup."""

import functools
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

SNIPPET_LENGTH = 240
CONTEXT_BEFORE = 60
WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=20_000)
def fold(text: str) -> str:
    """Lower case without accents: “Événements” -> “evenements”."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class Highlighter:
    """Finds the words of a text that match the searched terms, as the stemming search would roughly do."""

    def __init__(self, terms):
        self.stems = []
        for term in terms:
            folded = fold(term)
            exact = len(folded) <= 3
            self.stems.append((folded if exact else folded[: max(4, len(folded) - 2)], exact))

    def matches(self, word: str) -> bool:
        folded = fold(word)
        return any(folded == stem if exact else folded.startswith(stem) for stem, exact in self.stems)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self.stems:
            return []
        return [match.span() for match in WORD.finditer(text) if self.matches(match.group())]

    def mark(self, text: str, spans=None) -> SafeString:
        spans = self.spans(text) if spans is None else spans
        pieces, position = [], 0
        for start, end in spans:
            pieces.append(escape(text[position:start]))
            pieces.append(f"<mark>{escape(text[start:end])}</mark>")
            position = end
        pieces.append(escape(text[position:]))
        return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def _cut(text: str, start: int, length: int) -> tuple[int, int]:
    """Bounds of a passage of about ``length`` characters from ``start``, on word boundaries."""
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 else 0
    end = start + length
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    else:
        end = len(text)
    return start, end


def make_snippet(text: str, highlighter: Highlighter, length: int = SNIPPET_LENGTH) -> SafeString:
    """A passage around the first matched word (or the beginning of the text), matched words marked."""
    if not text:
        return mark_safe("")
    first = next((m.start() for m in WORD.finditer(text) if highlighter.matches(m.group())), 0) \
        if highlighter.stems else 0
    start, end = _cut(text, max(0, first - CONTEXT_BEFORE), length)
    snippet = highlighter.mark(text[start:end])
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{snippet}{suffix}")  # noqa: S308 - the passage is escaped by mark()


# What PostgreSQL's ts_headline puts around a matched word (``SearchHeadline``): characters of
# Unicode's private use area, which page text does not contain, replaced by marks once escaped.
START, STOP = "\ue000", "\ue001"


def from_headline(headline: str, at_start: bool = True, at_end: bool = True) -> SafeString:
    """A ``SearchHeadline`` made safe: the text escaped, then the matched words marked."""
    marked = escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")
    prefix = "" if at_start else "… "
    suffix = "" if at_end else " …"
    return mark_safe(f"{prefix}{marked}{suffix}")  # noqa: S308 - escaped above, only our marks added


def unmarked(headline: str) -> str:
    return headline.replace(START, "").replace(STOP, "")
