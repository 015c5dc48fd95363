"""Finding the documents that match the words, and one page of them ranked and highlighted.

Three ways, one interface (``filter`` the documents, then ``page`` of the filtered ones):

- ``PostgresWords``: ``django.contrib.postgres.search`` on the documents' own vector. Every word
  must be in the title or the text (``plainto_tsquery``: French stemming, accents ignored, stop
  words dropped; a query of stop words only finds nothing); ranked with ``ts_rank``, the title
  weighing more than the text; title and snippet highlighted by ``ts_headline``.
- ``WagtailWords`` (SQLite): Wagtail's public ``search()`` gives the matching pages best first;
  the documents are then filtered by their ids and ranked in that order. FTS5 ignores accents
  but has no stemming and no stop words. Meant for the demo site's size: every id comes back.
- ``NoWords``: filters only, every visible document, newest first.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, QuerySet
from django.utils.safestring import SafeString
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from .languages import search_config
from .models import theme_ids
from .snippets import START, STOP, Highlighter, from_headline, make_snippet, unmarked

HIT_FIELDS = ("page_id", "content_type_id", "partner_id", "themes")
SNIPPET_WORDS = 40
EDGE = 100  # characters compared to tell whether a snippet starts or ends the text


@dataclass(frozen=True)
class Hit:
    """A result of the asked page: what is needed to load and describe it."""

    page_id: int
    content_type_id: int
    partner_id: int | None
    theme_ids: tuple[int, ...]
    title: SafeString
    snippet: SafeString

    @classmethod
    def from_row(cls, row: dict, title: SafeString, snippet: SafeString) -> "Hit":
        themes = tuple(theme_ids(row["themes"]))
        return cls(row["page_id"], row["content_type_id"], row["partner_id"], themes, title, snippet)


def highlighted(rows: list[dict], highlighter: Highlighter) -> list[Hit]:
    """Hits marked in Python (SQLite, and pages without words): see ``search.snippets``."""
    return [Hit.from_row(row, highlighter.mark(row["title"]), make_snippet(row["body"], highlighter))
            for row in rows]


class NoWords:
    def filter(self, documents: QuerySet) -> QuerySet:
        return documents

    def page(self, documents: QuerySet, offset: int, limit: int) -> list[Hit]:
        newest = documents.order_by(F("published_at").desc(nulls_last=True), "-page_id")
        rows = list(newest.values(*HIT_FIELDS, "title", "body")[offset:offset + limit])
        return highlighted(rows, Highlighter(()))


class PostgresWords:
    def __init__(self, terms: tuple[str, ...], config: str):
        self.config = config  # the language's: the documents' vectors were made with it
        self.query = SearchQuery(" ".join(terms), config=config, search_type="plain")

    def filter(self, documents: QuerySet) -> QuerySet:
        return documents.filter(vector=self.query)

    def headline(self, field: str, **options) -> SearchHeadline:
        return SearchHeadline(field, self.query, config=self.config, start_sel=START, stop_sel=STOP,
                              **options)

    def page(self, documents: QuerySet, offset: int, limit: int) -> list[Hit]:
        ranked = documents.annotate(rank=SearchRank(F("vector"), self.query)).order_by("-rank", "-page_id")
        rows = ranked.values(
            *HIT_FIELDS, "body",
            marked_title=self.headline("title", highlight_all=True),
            snippet=self.headline("body", max_words=SNIPPET_WORDS, min_words=SNIPPET_WORDS // 2),
        )[offset:offset + limit]
        hits = []
        for row in rows:
            text = unmarked(row["snippet"])
            snippet = from_headline(row["snippet"], at_start=row["body"].startswith(text[:EDGE]),
                                    at_end=row["body"].endswith(text[-EDGE:]))
            hits.append(Hit.from_row(row, from_headline(row["marked_title"]), snippet))
        return hits


class WagtailWords:
    def __init__(self, terms: tuple[str, ...], locale: Locale):
        query = PlainText(" ".join(terms), operator="and")
        pages = get_search_backend().search(query, Page.objects.filter(locale=locale).only("pk"))
        self.position = {page.pk: position for position, page in enumerate(pages)}
        self.highlighter = Highlighter(terms)

    def filter(self, documents: QuerySet) -> QuerySet:
        return documents.filter(page_id__in=list(self.position))

    def page(self, documents: QuerySet, offset: int, limit: int) -> list[Hit]:
        ids = sorted(documents.values_list("page_id", flat=True), key=self.position.__getitem__)
        wanted = ids[offset:offset + limit]
        rows = {row["page_id"]: row for row in
                documents.filter(page_id__in=wanted).values(*HIT_FIELDS, "title", "body")}
        return highlighted([rows[pk] for pk in wanted], self.highlighter)


def words_for(terms: tuple[str, ...], locale: Locale):
    if not terms:
        return NoWords()
    if connection.vendor == "postgresql":
        return PostgresWords(terms, search_config(locale.language_code))
    return WagtailWords(terms, locale)
