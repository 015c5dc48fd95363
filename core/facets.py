"""Facets of a filtered list (the library's filters, the search's facets): each value with its count."""

from dataclasses import dataclass


@dataclass(frozen=True)
class FacetOption:
    """One value of a filter and how many results choosing it gives (also the search's facets)."""

    value: str
    label: str
    count: int
    selected: bool
    url: str = ""  # a link that adds or removes the value, where the filter is a list of links


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    all_label: str
    options: list[FacetOption]
    selected: str

    @property
    def selected_option(self) -> FacetOption | None:
        return next((option for option in self.options if option.selected), None)
