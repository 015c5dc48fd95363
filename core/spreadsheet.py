"""Spreadsheet exports: a cell that a visitor wrote must not run as a formula when opened."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Text starting like a formula gets a leading apostrophe, which spreadsheets show as plain text."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text
