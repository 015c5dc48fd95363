"""Wagtail's database search backend (the admin's search and page choosers), with accents ignored by
autocompletion on PostgreSQL too: “etablissement” finds “Établissement public foncier”.

Wagtail's PostgreSQL backend autocompletes with the ``simple`` configuration, hard-coded; this one takes
``AUTOCOMPLETE_CONFIG`` from the settings (``simple_unaccent``, created by search/migrations/0001). On
SQLite, Wagtail's FTS5 table already ignores accents. After a change of configuration the admin's index
is rebuilt with ``manage.py update_index``.
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "postgresql" and params.get("AUTOCOMPLETE_CONFIG"):
        backend.autocomplete_config = params["AUTOCOMPLETE_CONFIG"]
    return backend
