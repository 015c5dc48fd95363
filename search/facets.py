"""Facets of a search: content type, theme, partner and year, combinable, each with its counts.

Within a facet the chosen values add up (OR); facets combine (AND). Each facet is counted with the
OTHER facets applied, so that each number says how many results a click would give: one ORM
aggregate groups the matched documents (``count_facets``), Python adds the groups up. Here too the
query string becomes chosen values, and the counts become the options shown beside the results,
each with the link that adds or removes it.
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.db.models import Aggregate, CharField, Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from core.collation import french_key
from core.facets import FacetOption
from ressources.models import PartnerPage, Theme

from .kinds import KINDS, KINDS_BY_KEY, kind_content_types
from .models import theme_counts, theme_marker
from .query import SearchRequest

MAX_OPTIONS = 20
# facet name -> the document column it counts (themes are counted apart: a page has several)
COLUMNS = {"type": "content_type_id", "year": "year", "partner": "partner_id"}


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


@dataclass(frozen=True)
class Chosen:
    """The values chosen in each facet, as the documents store them (content type ids, theme ids…)."""

    type: frozenset = frozenset()
    theme: frozenset = frozenset()
    partner: frozenset = frozenset()
    year: frozenset = frozenset()

    def q(self, leave_out: str = "") -> Q:
        """The condition of every chosen facet but ``leave_out``."""
        condition = Q()
        for name, column in COLUMNS.items():
            if getattr(self, name) and name != leave_out:
                condition &= Q(**{f"{column}__in": sorted(getattr(self, name))})
        if self.theme and leave_out != "theme":
            condition &= self.q_themes()
        return condition

    def q_themes(self) -> Q:
        """Documents with at least one of the chosen themes."""
        return reduce(or_, (Q(themes__contains=theme_marker(pk)) for pk in sorted(self.theme)))


class JoinedText(Aggregate):
    """The texts of a group joined end to end: ``string_agg`` (PostgreSQL), ``group_concat`` (SQLite)."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, '')"
    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


def count_facets(documents: QuerySet, chosen: Chosen) -> tuple[dict[str, Counter], int]:
    """({facet: {stored value: count}}, total), each facet counted with the other facets applied.

    One aggregate: the matched documents grouped by type, year and partner, each group with its
    count (among the chosen themes, if any) and the themes of its documents joined (“|3|17||5|”).
    A facet's count is then the sum of the groups that the other facets choose."""
    counted = Count("pk", filter=chosen.q_themes()) if chosen.theme else Count("pk")
    groups = (documents.values(*COLUMNS.values()).annotate(n=counted, themes_joined=JoinedText("themes"))
              .order_by())
    counts: dict[str, Counter] = {name: Counter() for name in COLUMNS}
    total, kept_themes = 0, []
    chosen_values = {name: getattr(chosen, name) for name in COLUMNS if getattr(chosen, name)}
    for group in groups:
        values = {name: group[column] for name, column in COLUMNS.items()}
        refused = {name for name, wanted in chosen_values.items() if values[name] not in wanted}
        for name, value in values.items():
            if value is not None and not refused - {name}:
                counts[name][value] += group["n"]
        if not refused:
            total += group["n"]
            kept_themes.append(group["themes_joined"] or "")
    counts["theme"] = theme_counts("".join(kept_themes))
    return {name: +counted for name, counted in counts.items()}, total  # + drops the zeros


class FacetSelection:
    """The values of the query string as keys (theme and partner ids, years); unknown ones are ignored.

    ``themes``: the themes of the language (their names and slugs label the theme facet)."""

    def __init__(self, request: SearchRequest, locale, themes: list[Theme]):
        self.request = request
        filters = request.filters
        # {id: (name, slug)} of the themes of the language, and of the chosen partners that exist
        self.labels: dict[str, dict] = {"theme": {theme.pk: (theme.name, theme.slug) for theme in themes},
                                        "partner": {}}
        partner_slugs = filters.get("partner", ())
        if partner_slugs:
            partners = PartnerPage.objects.live().public().filter(locale=locale, slug__in=partner_slugs)
            self.labels["partner"] = {pk: (title, slug) for pk, title, slug in
                                      partners.values_list("pk", "title", "slug")}
        theme_slugs = set(filters.get("theme", ()))
        self.keys: dict[str, set] = {
            "type": {value for value in filters.get("type", ()) if value in KINDS_BY_KEY},
            "theme": {pk for pk, (_name, slug) in self.labels["theme"].items() if slug in theme_slugs},
            "partner": set(self.labels["partner"]),
            "year": {int(value) for value in filters.get("year", ()) if value.isascii() and value.isdigit()
                     and 1900 <= int(value) <= 2200},
        }

    def chosen(self) -> Chosen:
        """The chosen values as the documents store them (content types rather than kind names)."""
        content_types = {key: pk for pk, key in kind_content_types().items()}
        return Chosen(
            type=frozenset(content_types[key] for key in self.keys["type"]),
            theme=frozenset(self.keys["theme"]),
            partner=frozenset(self.keys["partner"]),
            year=frozenset(self.keys["year"]),
        )


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

    def build(self, counts: dict[str, Counter], labels: dict[str, dict]) -> list[Facet]:
        """``labels``: {"theme"|"partner": {id: (name, slug)}} of the themes and partners counted."""
        return [
            Facet("type", FACET_LABELS["type"], self._type_options(counts["type"])),
            Facet("theme", FACET_LABELS["theme"],
                  self._named_options("theme", counts["theme"], labels["theme"])),
            Facet("partner", FACET_LABELS["partner"],
                  self._named_options("partner", counts["partner"], labels["partner"])),
            Facet("year", FACET_LABELS["year"], self._year_options(counts["year"])),
        ]

    def _keep(self, name: str, counts: Counter) -> list:
        """Values with results, most frequent first, plus the chosen ones even when they have none."""
        chosen = self.selection.keys[name]
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        top = [key for key, count in ranked[:MAX_OPTIONS] if count]
        return top + [key for key in chosen if key not in top]

    def _type_options(self, counts: Counter) -> list[FacetOption]:
        return [
            self.option("type", kind.key, str(kind.label), counts[kind.key], kind.key)
            for kind in KINDS
            if counts[kind.key] or kind.key in self.selection.keys["type"]
        ]

    def _named_options(self, name: str, counts: Counter, labels: dict) -> list[FacetOption]:
        """Themes or partners, most results first then by name."""
        labels = {**self.selection.labels[name], **labels}
        options = [self.option(name, labels[key][1], labels[key][0], counts[key], key)
                   for key in self._keep(name, counts) if key in labels]
        return sorted(options, key=lambda option: (-option.count, french_key(option.label)))

    def _year_options(self, counts: Counter) -> list[FacetOption]:
        keys = sorted(set(counts) | self.selection.keys["year"], reverse=True)
        return [self.option("year", str(year), str(year), counts[year], year) for year in keys]
