"""One SQL statement per search over ``SearchDocument``: every facet count, the total and one page of ids.

The matched documents (a ``Source``) are computed once, as a common table expression; each facet
then counts them with the OTHER facets applied (so each number says how many results a click would
give), and the page of results is cut in the database. Only those few rows come back to Python,
however many documents match.

Sources:
- ``words_on_postgres``: the words, stemmed and accent-insensitive, each in the title or the text
  (the vectors of Wagtail's index, copied into the documents), ranked as Wagtail ranks them;
- ``ranked_ids``: the ids Wagtail's search returned, best first (SQLite);
- ``everything``: no words, only filters: every visible document, newest first.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import connection
from modelsearch.backends.database.postgres.weights import get_sql_weights
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from ressources.models import Theme

from .models import SearchDocument

COLUMNS = "d.page_id, d.content_type_id, d.year, d.partner_id, d.themes, d.published_at"
BY_SCORE = "score DESC, page_id DESC"
DIGITS = re.compile(r"\d+")
BY_DATE = "(published_at IS NULL), published_at DESC, page_id DESC"


@dataclass(frozen=True)
class Visibility:
    """What an anonymous visitor may see: live documents of one language, outside private sections
    (a page with a view restriction and its descendants: their paths start with its path)."""

    locale_id: int

    def sql(self) -> tuple[str, list]:
        pages, restrictions = Page._meta.db_table, PageViewRestriction._meta.db_table
        private = (
            f"SELECT page.id FROM {restrictions} AS restriction "  # noqa: S608 - names from the models
            f"JOIN {pages} AS section ON section.id = restriction.page_id "
            f"JOIN {pages} AS page ON page.path LIKE section.path || '%%'"
        )
        return f"d.locale_id = %s AND d.live AND d.page_id NOT IN ({private})", [self.locale_id]


@dataclass(frozen=True)
class Source:
    """The body of the ``matched`` table: ``COLUMNS`` plus a ``score``, and how to order it."""

    sql: str
    params: list
    order_by: str


def _documents() -> str:
    return f"{SearchDocument._meta.db_table} AS d"


def everything(visibility: Visibility) -> Source:
    where, params = visibility.sql()
    return Source(f"SELECT {COLUMNS}, 0 AS score FROM {_documents()} WHERE {where}", params, BY_DATE)


def ranked_ids(ids: list[int], visibility: Visibility) -> Source:
    where, params = visibility.sql()
    return Source(
        f"SELECT {COLUMNS}, -CAST(ranked.key AS INTEGER) AS score "  # noqa: S608 - names from the models
        f"FROM json_each(%s) AS ranked JOIN {_documents()} ON d.page_id = ranked.value WHERE {where}",
        [json.dumps(ids), *params], BY_SCORE,
    )


def _lexeme(term: str) -> str:
    """A word as a quoted tsquery operand: its own text, whatever it contains."""
    return "'{}'".format(term.replace("\\", "\\\\").replace("'", "''"))


def words_on_postgres(terms: tuple[str, ...], config: str, visibility: Visibility) -> Source:
    """Every word in the title or the text; stop words (“de”, “la”: an empty query) are skipped, a
    query of stop words only finds nothing. Ranked as Wagtail's backend ranks (title norm, weights)."""
    where, params = visibility.sql()
    query = "to_tsquery(%s::regconfig, %s)"
    whole = [config, " & ".join(_lexeme(term) for term in terms)]
    each_word, word_params = [], []
    for term in terms:
        each_word.append(f"(numnode({query}) = 0 OR d.title_vector @@ {query} OR d.body_vector @@ {query})")
        word_params += [config, _lexeme(term)] * 3
    weights = get_sql_weights()
    sql = (
        f"SELECT {COLUMNS}, ts_rank(%s::float4[], d.title_vector, {query}) * d.title_norm "  # noqa: S608
        f"+ ts_rank(%s::float4[], d.body_vector, {query}) AS score FROM {_documents()} "
        f"WHERE {where} AND numnode({query}) > 0 AND {' AND '.join(each_word)}"
    )
    return Source(sql, [weights, *whole, weights, *whole, *params, *whole, *word_params], BY_SCORE)


class Hit(NamedTuple):
    """A result of the asked page: what is needed to load and describe it."""

    page_id: int
    content_type_id: int
    partner_id: int | None
    theme_ids: tuple[int, ...]
    text: str | None  # the page's indexed text


@dataclass
class Tally:
    counts: dict[str, Counter]  # facet name -> {value: count}; type values are content type ids
    total: int = 0
    page: list["Hit"] = field(default_factory=list)  # in order
    page_number: int = 1
    # {"partner"|"theme": {id: (name, slug)}} of the partners and themes counted
    labels: dict[str, dict] = field(default_factory=lambda: {"partner": {}, "theme": {}})


@dataclass(frozen=True)
class Chosen:
    """The values chosen in each facet, as stored in the documents (content type ids, theme ids…)."""

    content_types: frozenset = frozenset()
    themes: frozenset = frozenset()
    partners: frozenset = frozenset()
    years: frozenset = frozenset()


def _in(column: str, values) -> tuple[str, list]:
    values = sorted(values)
    return f"{column} IN ({', '.join(['%s'] * len(values))})", values


def _conditions(chosen: Chosen, leave_out: str = "") -> tuple[str, list]:
    """The WHERE clause of every chosen facet but ``leave_out``."""
    parts: list[str] = []
    params: list = []
    single = (("type", "m.content_type_id", chosen.content_types),
              ("partner", "m.partner_id", chosen.partners), ("year", "m.year", chosen.years))
    for name, column, values in single:
        if values and name != leave_out:
            sql, more = _in(column, values)
            parts.append(sql)
            params += more
    if chosen.themes and leave_out != "theme":
        parts.append("m.has_chosen_theme")  # see ``_with_theme_flag``
    return (" AND ".join(parts) or "1 = 1"), params


def _with_theme_flag(source: Source, chosen: Chosen) -> tuple[str, list]:
    """The matched documents, each marked once with whether it has one of the chosen themes."""
    if not chosen.themes:
        return source.sql, list(source.params)
    if connection.vendor == "postgresql":
        flag, params = "found.themes && %s::int[]", [sorted(chosen.themes)]
    else:
        sql, params = _in("theme.value", chosen.themes)
        flag = f"EXISTS (SELECT 1 FROM json_each(found.themes) AS theme WHERE {sql})"
    sql = f"SELECT found.*, {flag} AS has_chosen_theme FROM ({source.sql}) AS found"
    return sql, [*params, *source.params]


def _theme_links() -> str:
    if connection.vendor == "postgresql":
        return "SELECT unnest(m.themes) AS theme FROM matched AS m WHERE {where}"
    return "SELECT theme.value AS theme FROM matched AS m, json_each(m.themes) AS theme WHERE {where}"


def _themes_as_text() -> str:
    """The themes of a page row, as text (“1,2” or “[1, 2]”: the ids are read back with a regex)."""
    return "array_to_string(m.themes, ',')" if connection.vendor == "postgresql" else "m.themes"


def _indexed_text() -> str:
    """The plain text Wagtail's index keeps of a page (all its searched fields but the title), for
    the snippet: what the words were found in, without reading the page's blocks again."""
    column = "body_text" if connection.vendor == "postgresql" else "body"
    return (f"(SELECT entry.{column} FROM {IndexEntry._meta.db_table} AS entry "  # noqa: S608
            "WHERE entry.content_type_id = m.content_type_id AND entry.object_id = CAST(m.page_id AS TEXT))")


# The columns of every row the statement returns; each part fills some, the others are NULL.
OUTPUT = {"part": "TEXT", "value": "INTEGER", "n": "INTEGER", "content_type_id": "INTEGER",
          "partner_id": "INTEGER", "theme_ids": "TEXT", "label": "TEXT", "slug": "TEXT"}


def _select(part: str, **columns: str) -> str:
    values = [f"'{part}'"] + [columns.get(name, f"CAST(NULL AS {kind})")
                              for name, kind in list(OUTPUT.items())[1:]]
    return "SELECT " + ", ".join(f"{value} AS {name}" for value, name in zip(values, OUTPUT, strict=True))


def tally(source: Source, chosen: Chosen, page_number: int, per_page: int) -> Tally:
    """Counts, total and the asked page (the last one when the number is past the end), with the
    names of the partners and themes counted."""
    pieces: list[str] = []
    matched, params = _with_theme_flag(source, chosen)

    def add(sql: str, *groups) -> None:
        pieces.append(sql)
        for group in groups:
            params.extend(group)

    for name, column in (("type", "content_type_id"), ("year", "year")):
        where, where_params = _conditions(chosen, leave_out=name)
        add(f"{_select(name, value=f'm.{column}', n='count(*)')} FROM matched AS m "
            f"WHERE m.{column} IS NOT NULL AND {where} GROUP BY m.{column}", where_params)
    # Counted, then named (a few lookups by primary key; a join would read every page).
    counted_partners = ("SELECT m.partner_id AS id, count(*) AS n FROM matched AS m "
                        "WHERE {where} AND m.partner_id IS NOT NULL GROUP BY m.partner_id")
    counted_themes = (f"SELECT links.theme AS id, count(*) AS n FROM ({_theme_links()}) AS links "
                      "GROUP BY links.theme")
    for name, counted, table, label in (
        ("partner", counted_partners, Page._meta.db_table, "title"),
        ("theme", counted_themes, Theme._meta.db_table, "name"),
    ):
        where, where_params = _conditions(chosen, leave_out=name)
        row = _select(name, value="counted.id", n="counted.n",
                      label=f"(SELECT {label} FROM {table} WHERE id = counted.id)",
                      slug=f"(SELECT slug FROM {table} WHERE id = counted.id)")
        add(f"{row} FROM ({counted.format(where=where)}) AS counted", where_params)
    where, where_params = _conditions(chosen)
    add(f"{_select('total', n='count(*)')} FROM matched AS m WHERE {where}", where_params)
    wanted = (page_number - 1) * per_page
    offset = (f"(SELECT CASE WHEN count(*) = 0 THEN 0 WHEN %s < count(*) THEN %s "
              f"ELSE ((count(*) - 1) / %s) * %s END FROM matched AS m WHERE {where})")
    hit = _select("page", value="m.page_id", n=f"row_number() OVER (ORDER BY {source.order_by})",
                  content_type_id="m.content_type_id", partner_id="m.partner_id", theme_ids=_themes_as_text(),
                  label=_indexed_text())
    add(f"{hit} FROM (SELECT * FROM matched AS m WHERE {where} ORDER BY {source.order_by} "
        f"LIMIT %s OFFSET {offset}) AS m",
        where_params, [per_page, wanted, wanted, per_page, per_page], where_params)
    materialized = "MATERIALIZED " if connection.vendor == "postgresql" else ""
    sql = f"WITH matched AS {materialized}({matched}) " + " UNION ALL ".join(pieces)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return _read(rows, page_number, per_page)


def _read(rows, page_number: int, per_page: int) -> Tally:
    result = Tally(counts={name: Counter() for name in ("type", "theme", "partner", "year")})
    page = []
    for part, value, count, content_type_id, partner_id, theme_ids, label, slug in rows:
        if part == "total":
            result.total = count
        elif part == "page":
            themes = tuple(int(pk) for pk in DIGITS.findall(theme_ids or ""))
            page.append((count, Hit(value, content_type_id, partner_id, themes, label)))
        else:
            result.counts[part][value] = count
            if part in ("partner", "theme"):
                result.labels[part][value] = (label, slug)
    result.page = [hit for _position, hit in sorted(page)]
    last = max(1, -(-result.total // per_page))
    result.page_number = min(page_number, last)
    return result
