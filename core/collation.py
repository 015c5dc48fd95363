"""Names in the order a French reader expects: accents and case ignored (“Économie” among the E's,
“œuvre” as “oeuvre”), then accents and case breaking ties. SQLite compares bytes and PostgreSQL uses
the database's collation (often “C”), so lists of names shown to readers are sorted here, in Python, the
same on both databases."""

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def french_key(text: str) -> tuple[str, str]:
    """The sort key of a name: its letters without accents nor case, then the name itself folded."""
    spelled = (text or "").translate(LIGATURES)
    decomposed = unicodedata.normalize("NFKD", spelled)
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return letters.casefold(), spelled.casefold()


def french_sorted(items: Iterable[T], name: Callable[[T], str] = str) -> list[T]:
    """``items`` sorted by the French order of ``name(item)``."""
    return sorted(items, key=lambda item: french_key(name(item)))
