"""Facets of a search: content type, theme, partner and year, combinable, each with its counts.

Within a facet the chosen values add up (OR); facets combine (AND). The database counts
(``search.counting``); here the query string becomes chosen values, and the counts become the
options shown beside the results, each with the link that adds or removes it.
"""

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from core.facets import FacetOption
from ressources.models import PartnerPage, Theme

from .counting import Chosen
from .kinds import KINDS, KINDS_BY_KEY, kind_content_types
from .query import SearchRequest

MAX_OPTIONS = 20


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

    def __init__(self, request: SearchRequest, locale):
        self.request = request
        filters = request.filters
        # {id: (name, slug)} of the chosen themes and partners that exist (one query per facet used)
        self.labels: dict[str, dict] = {"theme": {}, "partner": {}}
        theme_slugs, partner_slugs = filters.get("theme", ()), filters.get("partner", ())
        if theme_slugs:
            themes = Theme.objects.filter(locale=locale, slug__in=theme_slugs)
            self.labels["theme"] = {pk: (name, slug) for pk, name, slug in
                                    themes.values_list("pk", "name", "slug")}
        if partner_slugs:
            partners = PartnerPage.objects.live().public().filter(locale=locale, slug__in=partner_slugs)
            self.labels["partner"] = {pk: (title, slug) for pk, title, slug in
                                      partners.values_list("pk", "title", "slug")}
        self.keys: dict[str, set] = {
            "type": {value for value in filters.get("type", ()) if value in KINDS_BY_KEY},
            "theme": set(self.labels["theme"]),
            "partner": set(self.labels["partner"]),
            "year": {int(value) for value in filters.get("year", ()) if value.isascii() and value.isdigit()
                     and 1900 <= int(value) <= 2200},
        }

    def chosen(self) -> Chosen:
        """The chosen values as the documents store them (content types rather than kind names)."""
        content_types = {key: pk for pk, key in kind_content_types().items()}
        return Chosen(
            content_types=frozenset(content_types[key] for key in self.keys["type"]),
            themes=frozenset(self.keys["theme"]),
            partners=frozenset(self.keys["partner"]),
            years=frozenset(self.keys["year"]),
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
        return sorted(options, key=lambda option: (-option.count, option.label.lower()))

    def _year_options(self, counts: Counter) -> list[FacetOption]:
        keys = sorted(set(counts) | self.selection.keys["year"], reverse=True)
        return [self.option("year", str(year), str(year), counts[year], year) for year in keys]
