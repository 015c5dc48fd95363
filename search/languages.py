"""The PostgreSQL text search configuration of each language: French pages are stemmed in French,
English pages in English (“villages” finds “village”), accents ignored in both (migrations 0001, 0006).
A language without its own configuration is searched with the French one."""

from wagtail.models import Locale

SEARCH_CONFIGS = {"fr": "french_unaccent", "en": "english_unaccent"}
DEFAULT_CONFIG = SEARCH_CONFIGS["fr"]


def search_config(language_code: str) -> str:
    return SEARCH_CONFIGS.get(language_code, DEFAULT_CONFIG)


def configs_by_locale_id() -> dict[int, str]:
    """{locale id: configuration} of every locale of the site, in one query."""
    return {pk: search_config(code) for pk, code in Locale.objects.values_list("pk", "language_code")}
