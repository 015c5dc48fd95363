"""The search key of a name: what is left once case, accents, ligatures, hyphens, apostrophes and
spaces are set aside, so that “ploeuc”, “Plœuc” and “PLOEUC-L'HERMITAGE” all find “Plœuc-L'Hermitage”.

Stored in a column beside the name and compared with ``LIKE``: the same on SQLite and PostgreSQL,
with no database extension.
"""

import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ð": "d", "þ": "th", "ł": "l", "đ": "d"})


def search_key(text: str) -> str:
    folded = (text or "").casefold().translate(LIGATURES)  # casefold also turns “ß” into “ss”
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())
