"""Facets of a search: content type, theme, partner and year, combinable, each with its counts.

The matched pages are read once as light rows (id, kind, year, partner, themes); filtering and
counting then happen in memory, except the themes, counted by the database. Within a facet the
chosen values add up (OR); facets combine (AND); the counts of a facet are computed with the OTHER
facets applied, so each number says how many results a click would give.
"""

from collections import Counter
from dataclasses import dataclass, field
from itertools import compress
from typing import NamedTuple
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections
from django.db.models import Count, QuerySet
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.translation import gettext_lazy as _

from agenda.models import EventPage
from ressources.models import PartnerPage, ResourcePage, Theme

from .kinds import KINDS, KINDS_BY_KEY, KINDS_BY_MODEL
from .query import SearchRequest

MAX_OPTIONS = 20


class Row(NamedTuple):
    """What the facets need to know about one matched page."""

    pk: int
    kind: str
    year: int | None
    partner: int | None
    themes: tuple = ()


FACET_FIELDS = {"type": 1, "year": 2, "partner": 3}  # position in a Row of a facet's single value


def row_values(row: Row, facet: str) -> tuple:
    if facet == "type":
        return (row.kind,)
    if facet == "theme":
        return row.themes
    value = row.year if facet == "year" else row.partner
    return () if value is None else (value,)


def kind_content_types() -> dict[int, str]:
    return {ContentType.objects.get_for_model(kind.model).pk: kind.key for kind in KINDS}


def _theme_links(raw: list[tuple], per_page: bool = True) -> dict:  # rows start with (pk, content type id)
    """Themes of the matched resources and events: one query per kind, none when there are none.

    ``per_page``: {page id: [theme ids]}, needed to filter; otherwise {theme id: count}, counted
    by the database (the usual case, no filter chosen). On PostgreSQL the ids go as one array
    literal (``= ANY(%s::int[])``) rather than thousands of ``IN`` placeholders.
    """
    found: dict = {}
    for model in (ResourcePage, EventPage):
        content_type = ContentType.objects.get_for_model(model).pk
        ids = [row[0] for row in raw if row[1] == content_type]
        if not ids:
            continue
        through = model.themes.through
        owner = through._meta.get_field(model._meta.model_name).column
        theme = through._meta.get_field("theme").column
        if connection.vendor == "postgresql":
            select = f'"{owner}", "{theme}"' if per_page else f'"{theme}", count(*)'
            group = "" if per_page else f' GROUP BY "{theme}"'
            with connection.cursor() as cursor:
                cursor.execute(
                    f'SELECT {select} FROM "{through._meta.db_table}" '  # noqa: S608 - names from the models
                    f'WHERE "{owner}" = ANY(%s::int[]){group}', ["{" + ",".join(map(str, ids)) + "}"]
                )
                links = cursor.fetchall()
        else:
            links = through.objects.filter(**{f"{owner}__in": ids})
            links = (links.values_list(owner, theme) if per_page
                     else links.values_list(theme).annotate(count=Count("pk")).order_by())
        for key, value in links:
            if per_page:
                found.setdefault(key, []).append(value)
            else:
                found[key] = found.get(key, 0) + value
    return found


def _facet_columns(matched: QuerySet) -> QuerySet:
    """Year and partner computed by the database: small integers are quick to read back."""
    return matched.annotate(
        facet_year=Coalesce(
            ExtractYear("lettrepage__issue_date"),
            ExtractYear("resourcepage__publication_date"),
            ExtractYear("eventpage__start"),
        ),
        facet_partner=Coalesce("resourcepage__partner_id", "eventpage__organiser_id"),
    )


def read_rows(matched: QuerySet, with_themes: bool = True) -> list[Row]:
    """The matched pages, in the queryset's order (relevance), as facet rows (one to three queries).

    Thousands of rows may match: they are read with a plain cursor, skipping Django's per-row work.
    The themes of each page are only needed to filter by theme (see ``count_themes`` otherwise).
    """
    kinds = kind_content_types()
    queryset = _facet_columns(matched).values_list("pk", "content_type_id", "facet_year", "facet_partner")
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        raw = cursor.fetchall()
    themes = _theme_links(raw) if with_themes else {}
    partner_type = next((pk for pk, key in kinds.items() if key == "partenaire"), None)
    new = tuple.__new__  # Row(...) without the Python-level __new__: thousands of rows
    get_themes = themes.get
    return [
        new(Row, (pk, kinds[content_type_id], year, pk if content_type_id == partner_type else partner,
                  tuple(get_themes(pk, ()))))
        for pk, content_type_id, year, partner in raw
        if content_type_id in kinds
    ]


def count_themes(rows: list[Row]) -> dict[int, int]:
    """{theme id: number of rows}, counted by the database."""
    content_types = {key: pk for pk, key in kind_content_types().items()}
    return _theme_links([(row.pk, content_types[row.kind]) for row in rows], per_page=False)


def _pages_with_themes(theme_ids: set) -> set[int]:
    """The resources and events having one of these themes (two small queries, no id list sent)."""
    if not theme_ids:
        return set()
    found: set[int] = set()
    for model in (ResourcePage, EventPage):
        through = model.themes.through
        owner = through._meta.get_field(model._meta.model_name).attname
        found.update(through.objects.filter(theme_id__in=theme_ids).values_list(owner, flat=True))
    return found


def _ordered_theme_counts(rows: list[Row]) -> dict[int, int]:
    """{theme id: number of rows} counted by PostgreSQL, themes in the order they first appear in
    ``rows`` (as counting the rows' themes in order would give)."""
    content_types = {key: pk for pk, key in kind_content_types().items()}
    selects, params = [], []
    for model in (ResourcePage, EventPage):
        content_type = content_types[KINDS_BY_MODEL[model].key]
        positions = [(position, row[0]) for position, row in enumerate(rows)
                     if content_types[row[1]] == content_type]
        if not positions:
            continue
        through = model.themes.through
        owner = through._meta.get_field(model._meta.model_name).column
        theme = through._meta.get_field("theme").column
        selects.append(
            f'SELECT link."{theme}" AS theme, given.position, link."id" AS link '
            f'FROM "{through._meta.db_table}" link '
            f'JOIN unnest(%s::int[], %s::int[]) AS given(page, position) ON link."{owner}" = given.page'
        )
        params += ["{" + ",".join(str(pk) for _position, pk in positions) + "}",
                   "{" + ",".join(str(position) for position, _pk in positions) + "}"]
    if not selects:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT theme, count(*) FROM ({' UNION ALL '.join(selects)}) AS links "  # noqa: S608 - names from the models
            "GROUP BY theme ORDER BY min(position), min(link)", params
        )
        return dict(cursor.fetchall())


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected_options(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]


FACET_LABELS = {
    "type": _("Content type"),
    "theme": _("Theme"),
    "partner": _("Partner"),
    "year": _("Year"),
}


class FacetSelection:
    """The values of the query string as keys (theme and partner ids, years); unknown ones are ignored."""

    def __init__(self, request: SearchRequest, locale, pages: QuerySet):
        self.request = request
        filters = request.filters
        self.themes = {theme.slug: theme for theme in Theme.objects.filter(locale=locale)}
        partner_slugs = filters.get("partner", ())
        partner_type = ContentType.objects.get_for_model(PartnerPage)
        partners = pages.filter(content_type=partner_type, slug__in=partner_slugs).values_list("slug", "pk")
        self.partners_by_slug = dict(partners) if partner_slugs else {}
        self.keys: dict[str, set] = {
            "type": {value for value in filters.get("type", ()) if value in KINDS_BY_KEY},
            "theme": {self.themes[slug].pk for slug in filters.get("theme", ()) if slug in self.themes},
            "partner": {self.partners_by_slug[slug] for slug in partner_slugs
                        if slug in self.partners_by_slug},
            "year": {int(value) for value in filters.get("year", ()) if value.isascii() and value.isdigit()
                     and 1900 <= int(value) <= 2200},
        }

    @property
    def active(self) -> dict[str, set]:
        return {name: keys for name, keys in self.keys.items() if keys}

    @property
    def needs_row_themes(self) -> bool:
        """Whether the rows must carry their themes: to filter by theme, except on PostgreSQL, where
        the database tells which pages have a chosen theme and counts the themes itself."""
        return bool(self.keys["theme"]) and connection.vendor != "postgresql"


def _count_all(rows: list[Row]) -> dict[str, dict]:
    """No filter chosen (the usual case): every row counts for every facet (first seen, first listed)."""
    return {
        "type": Counter(row[1] for row in rows),
        "theme": Counter(theme for row in rows for theme in row[4]),
        "partner": Counter(row[3] for row in rows if row[3] is not None),
        "year": Counter(row[2] for row in rows if row[2] is not None),
    }


def _tally(rows: list[Row], facet: str) -> Counter:
    """{value: number of rows}, values in the order they first appear (see ``row_values``)."""
    if facet == "theme":
        return Counter(theme for row in rows for theme in row[4])
    position = FACET_FIELDS[facet]
    return Counter(row[position] for row in rows if row[position] is not None)


def filter_and_count(rows: list[Row], selection: FacetSelection) -> tuple[list[Row], dict[str, Counter]]:
    """Rows passing every facet, and for each facet the counts with the other facets applied.

    Column-wise: one list of pass/fail per chosen facet, then each facet counts the rows passing all
    the others. Theme counts come from the database (``count_themes``), except on SQLite with a theme
    chosen, where the rows carry their themes; on PostgreSQL a chosen theme is tested against the
    pages having it (``_pages_with_themes``) and counted by ``_ordered_theme_counts``.
    """
    active = list(selection.active.items())
    if not active:
        counts = _count_all(rows)
        counts["theme"] = count_themes(rows)
        return rows, {name: Counter(tally) for name, tally in counts.items()}
    themed = None if selection.needs_row_themes else _pages_with_themes(selection.keys["theme"])
    # Whether each row passes each chosen facet, one list per facet (a row's values: see ``row_values``).
    passes = [
        [row[FACET_FIELDS[name]] in keys for row in rows] if name != "theme"
        else [not keys.isdisjoint(row[4]) for row in rows] if themed is None
        else [row[0] in themed for row in rows]
        for name, keys in active
    ]
    kept = list(compress(rows, [all(passed) for passed in zip(*passes, strict=True)]))
    tallies: dict[str, dict] = {name: _tally(kept, name) for name in FACET_LABELS if name != "theme"}
    for index, (name, _keys) in enumerate(active):
        others = [passed for other, passed in enumerate(passes) if other != index]
        # A chosen facet counts the rows passing every OTHER facet, whatever its own value.
        counted = rows if not others else list(
            compress(rows, [all(passed) for passed in zip(*others, strict=True)]))
        if name == "theme" and themed is not None:
            tallies[name] = _ordered_theme_counts(counted)
        else:
            tallies[name] = _tally(counted, name)
    if "theme" not in selection.active:  # the rows carry no themes
        tallies["theme"] = count_themes(kept)
    return kept, {name: Counter(tally) for name, tally in tallies.items()}


class FacetBuilder:
    """The facets shown beside the results, with a link that adds or removes each value."""

    def __init__(self, request: SearchRequest, selection: FacetSelection, base_url: str):
        self.request = request
        self.selection = selection
        self.base_url = base_url

    def url(self, name: str, value: str, selected: bool) -> str:
        params: list[tuple[str, str]] = []
        if self.request.text:
            params.append(("q", self.request.text))
        for facet_name, values in self.request.filters.items():
            for current in values:
                if not (facet_name == name and current == value):
                    params.append((facet_name, current))
        if not selected:
            params.append((name, value))
        return f"{self.base_url}?{urlencode(params)}" if params else self.base_url

    def option(self, name: str, value: str, label: str, count: int, key) -> FacetOption:
        selected = key in self.selection.keys[name]
        return FacetOption(value, label, count, selected, self.url(name, value, selected))

    def build(self, counts: dict[str, Counter]) -> list[Facet]:
        return [
            Facet("type", FACET_LABELS["type"], self._type_options(counts["type"])),
            Facet("theme", FACET_LABELS["theme"], self._theme_options(counts["theme"])),
            Facet("partner", FACET_LABELS["partner"], self._partner_options(counts["partner"])),
            Facet("year", FACET_LABELS["year"], self._year_options(counts["year"])),
        ]

    def _keep(self, name: str, counts: Counter) -> list:
        """Values with results, most frequent first, plus the chosen ones even when they have none."""
        chosen = self.selection.keys[name]
        top = [key for key, _count in counts.most_common(MAX_OPTIONS)]
        return top + [key for key in chosen if key not in top]

    def _type_options(self, counts: Counter) -> list[FacetOption]:
        return [
            self.option("type", kind.key, str(kind.label), counts[kind.key], kind.key)
            for kind in KINDS
            if counts[kind.key] or kind.key in self.selection.keys["type"]
        ]

    def _theme_options(self, counts: Counter) -> list[FacetOption]:
        by_id = {theme.pk: theme for theme in self.selection.themes.values()}
        keys = [key for key in self._keep("theme", counts) if key in by_id]
        options = [self.option("theme", by_id[key].slug, by_id[key].name, counts[key], key) for key in keys]
        return sorted(options, key=lambda option: (-option.count, option.label.lower()))

    def _partner_options(self, counts: Counter) -> list[FacetOption]:
        keys = self._keep("partner", counts)
        partners = {p.pk: p for p in PartnerPage.objects.filter(pk__in=keys).only("pk", "title", "slug")}
        options = [self.option("partner", partners[key].slug, partners[key].title, counts[key], key)
                   for key in keys if key in partners]
        return sorted(options, key=lambda option: (-option.count, option.label.lower()))

    def _year_options(self, counts: Counter) -> list[FacetOption]:
        keys = sorted(set(counts) | self.selection.keys["year"], reverse=True)
        return [self.option("year", str(year), str(year), counts[year], year) for year in keys]
