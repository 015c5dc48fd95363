"""The search backend: Wagtail's database backend, with a configurable autocomplete text search config.

Wagtail's PostgreSQL backend always builds autocomplete vectors with the ``simple`` configuration,
which keeps accents: typing “evene” would not suggest “Événement”. ``AUTOCOMPLETE_CONFIG`` lets the
settings name an accent-insensitive configuration instead (``simple_unaccent``, created with
``french_unaccent`` by ``search/migrations/0001_unaccent_text_search_configs.py``). SQLite ignores
both configurations: its FTS5 tokenizer already folds accents, and it has no stemming.
"""

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = DatabaseSearchBackend(params)
    autocomplete_config = params.get("AUTOCOMPLETE_CONFIG")
    if autocomplete_config and getattr(backend, "autocomplete_config", None) is not None:
        backend.autocomplete_config = autocomplete_config
    return backend
