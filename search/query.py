"""What the visitor asked for, read from the query string: words, filters and page number.

Everything a visitor can type is accepted and reduced to plain words: search operators
(``& | ! : * ( )``), quotes, emoji, control characters and null bytes are dropped before the
backend sees anything, and oversized input is cut. Nothing here can raise on user input.
"""

import re
from dataclasses import dataclass, field

from django.http import QueryDict

MAX_TEXT_LENGTH = 200
MAX_TERMS = 10
MAX_FILTER_VALUES = 20
MAX_FILTER_VALUE_LENGTH = 100
MAX_PAGE_NUMBER = 100_000
FILTER_NAMES = ("type", "theme", "partner", "year")

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
SPACES = re.compile(r"\s+")
WORD = re.compile(r"[^\W_]+")


def clean_text(raw: str) -> str:
    """The typed text, safe to show back and to log: no control characters, single spaces, bounded."""
    text = CONTROL_CHARACTERS.sub(" ", raw or "")
    return SPACES.sub(" ", text).strip()[:MAX_TEXT_LENGTH].strip()


def search_terms(text: str) -> tuple[str, ...]:
    """The words to look for: letters and digits only, single letters (French elisions) dropped."""
    terms: list[str] = []
    for word in WORD.findall(text):
        if len(word) == 1 and not word.isdigit():
            continue
        if word.lower() not in (term.lower() for term in terms):
            terms.append(word)
    return tuple(terms[:MAX_TERMS])


def parse_page_number(raw: str | None) -> int:
    """A page number from the query string; anything that is not a sensible number gives page 1."""
    raw = (raw or "").strip()
    if not raw.isascii() or not raw.isdigit():
        return 1
    number = int(raw[:7])
    return number if 1 <= number <= MAX_PAGE_NUMBER else 1


def parse_filter_values(data: QueryDict, name: str) -> tuple[str, ...]:
    values: list[str] = []
    for raw in data.getlist(name)[:MAX_FILTER_VALUES]:
        value = clean_text(raw)[:MAX_FILTER_VALUE_LENGTH]
        if value and value not in values:
            values.append(value)
    return tuple(values)


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    terms: tuple[str, ...] = ()
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    page_number: int = 1

    @classmethod
    def from_querydict(cls, data: QueryDict) -> "SearchRequest":
        text = clean_text(data.get("q", ""))
        return cls(
            text=text,
            terms=search_terms(text),
            filters={name: parse_filter_values(data, name) for name in FILTER_NAMES},
            page_number=parse_page_number(data.get("page")),
        )

    @property
    def params(self) -> dict:
        """The query string of this search without its page number, for pagination links."""
        params: dict = {"q": self.text} if self.text else {}
        params.update({name: values for name, values in self.filters.items() if values})
        return params

    @property
    def has_terms(self) -> bool:
        return bool(self.terms)

    @property
    def has_filters(self) -> bool:
        return any(self.filters.values())

    @property
    def is_blank(self) -> bool:
        """Nothing asked yet: neither words nor filters."""
        return not self.has_terms and not self.has_filters
