"""The search backend: Wagtail's database backend, with two adjustments for PostgreSQL.

- ``AUTOCOMPLETE_CONFIG``: Wagtail's PostgreSQL backend always builds autocomplete vectors with the
  ``simple`` configuration, which keeps accents: typing “evene” would not suggest “Événement”. The
  settings name an accent-insensitive configuration instead (``simple_unaccent``, created with
  ``french_unaccent`` by ``search/migrations/0001_unaccent_text_search_configs.py``).
- Matching plain words: the backend tests ``(title || body) @@ query``, and concatenating the two
  vectors of every row costs about three times more than testing each column (measured with
  ``manage.py bench_search``). For a query whose words must all appear, “every word is in the
  title or in the body” is the same condition, and each test can use the GIN index of its column.
  Phrases and other query types keep Wagtail's own code.

SQLite ignores all of this: its FTS5 tokenizer already folds accents, and it has no stemming.

On every database, the index also writes the ``SearchDocument`` of each page it indexes
(``search.documents``): what the results page counts and ranks.
"""

import functools
import re
from functools import reduce
from operator import and_

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import F, Q
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.query import PlainText


def _quoted(term: str) -> str:
    """The term as a tsquery lexeme, quoted as the backend's ``Lexeme`` does."""
    return "'{}'".format(term.replace("'", "''").replace("\\", "\\\\"))


def meaningful_terms(using: str, config: str, terms: list[str]) -> list[str]:
    """The terms that are not stop words for ``config`` (“de”, “la”…): those give an empty tsquery."""
    terms = [term for term in terms if term]
    if not terms:
        return []
    select = ", ".join(["numnode(to_tsquery(%s::regconfig, %s))"] * len(terms))
    params = [value for term in terms for value in (config, _quoted(term))]
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT {select}", params)  # noqa: S608 - only placeholders are formatted in
        counts = cursor.fetchone()
    return [term for term, count in zip(terms, counts, strict=True) if count]


@functools.cache
def _postgres_compiler_class():
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
    from modelsearch.backends.database.postgres.query import Lexeme

    class ColumnwisePostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
        def search(self, config, start, stop, score_field=None, backend=None):
            query = self.query
            if self.fields is not None or not isinstance(query, PlainText) or query.operator != "and":
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            terms = meaningful_terms(self.queryset.db, config, re.split(r"[\s\-]+", query.query_string))
            if not terms:
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            each_word = []
            for term in terms:
                word = SearchQuery(Lexeme(term), search_type="raw", config=config)
                each_word.append(Q(_title_vector_=word) | Q(_body_vector_=word))
            queryset = self.queryset.annotate(
                _title_vector_=F("index_entries__title"), _body_vector_=F("index_entries__body")
            ).filter(reduce(and_, each_word))
            rank_expression = self._build_rank_expression(self.get_index_vectors(None), config)
            return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    return ColumnwisePostgresSearchQueryCompiler


@functools.cache
def _documents_index_class(index_class):
    """Wagtail's index class, writing the search documents after its own entries."""
    from . import documents

    class DocumentsIndex(index_class):
        def add_items(self, model, objs):
            objs = list(objs)
            super().add_items(model, objs)
            documents.store(model, objs)

        def _refresh_title_norms(self, full=False):  # PostgreSQL only
            super()._refresh_title_norms(full=full)
            if full:
                documents.sync_title_norms()

    DocumentsIndex.__name__ = DocumentsIndex.__qualname__ = f"Documents{index_class.__name__}"
    return DocumentsIndex


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = DatabaseSearchBackend(params)
    backend.index_class = _documents_index_class(backend.index_class)
    if backend.__class__.__name__ == "PostgresSearchBackend":
        backend.query_compiler_class = _postgres_compiler_class()
        if params.get("AUTOCOMPLETE_CONFIG"):
            backend.autocomplete_config = params["AUTOCOMPLETE_CONFIG"]
    return backend
