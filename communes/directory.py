"""Filters of the directory: region, department and name, with the number of member communes each
choice gives.

One grouped query counts the member communes matching the name searched in each department, with the
department's and region's names; the options, the counts of regions and departments and the total of
the list are all read from it, so filtering costs no more queries than not filtering. Unknown values
in the address are ignored, never an error.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _

from core.facets import Facet, FacetOption

from .models import Commune, Department, Region
from .normalise import search_key

MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class Place:
    """A department (or a region) as the filters show it, with its number of matching members."""

    code: str
    name: str
    region_code: str
    region_name: str
    count: int

    def __str__(self):
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class RegionCount:
    code: str
    name: str
    count: int
    departments: list  # [(Department, count)]


class DirectoryFilter:
    def __init__(self, data):
        self.data = data

    def _raw(self, name: str) -> str:
        value = self.data.get(name, "")
        return value.strip()[:MAX_QUERY_LENGTH] if isinstance(value, str) else ""

    @cached_property
    def query_key(self) -> str:
        return search_key(self._raw("q"))

    @property
    def query(self) -> str:
        return self.cleaned.get("q", "")

    def members(self) -> QuerySet:
        """Member communes whose name matches the search (not yet filtered by place)."""
        queryset = Commune.objects.filter(membership__isnull=False)
        if self.query_key:
            queryset = queryset.filter(search_key__contains=self.query_key)
        return queryset

    @cached_property
    def places(self) -> dict[str, Place]:
        """{department code: Place} of the departments holding matching members, in one query."""
        rows = (
            self.members().order_by()
            .values_list("department_id", "department__name", "department__region_id",
                         "department__region__name")
            .annotate(count=Count("pk"))
        )
        return {row[0]: Place(*row) for row in sorted(rows)}

    def _chosen_place(self, code: str) -> Place | None:
        """A department chosen although no member matches there: read on its own (rare)."""
        department = Department.objects.select_related("region").filter(pk=code).first()
        if department is None:
            return None
        return Place(department.code, department.name, department.region_id, department.region.name, 0)

    @cached_property
    def cleaned(self) -> dict[str, str]:
        """The filters asked for that exist; a department outside the chosen region wins over it."""
        cleaned = {}
        if self.query_key:
            cleaned["q"] = self._raw("q")
        department = self._raw("department").upper()
        if department:
            place = self.places.get(department) or self._chosen_place(department)
            if place is not None:
                self.places.setdefault(department, place)
                cleaned["department"] = department
                cleaned["region"] = place.region_code
        region = self._raw("region")
        known = region in self.region_names or (region and Region.objects.filter(pk=region).exists())
        if region and "region" not in cleaned and known:
            cleaned["region"] = region
        return cleaned

    @property
    def is_active(self) -> bool:
        return bool(self.cleaned)

    @property
    def region_names(self) -> dict[str, str]:
        return {place.region_code: place.region_name for place in self.places.values()}

    def region_counts(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for place in self.places.values():
            totals[place.region_code] = totals.get(place.region_code, 0) + place.count
        return totals

    def results(self) -> QuerySet:
        queryset = self.members()
        if "department" in self.cleaned:
            queryset = queryset.filter(department_id=self.cleaned["department"])
        elif "region" in self.cleaned:
            queryset = queryset.filter(department__region_id=self.cleaned["region"])
        return queryset.select_related("department", "epci", "membership").order_by("search_key", "code")

    @cached_property
    def total(self) -> int:
        """How many communes the list holds, from the counts (no query of its own)."""
        if "department" in self.cleaned:
            return self.places[self.cleaned["department"]].count
        if "region" in self.cleaned:
            return self.region_counts().get(self.cleaned["region"], 0)
        return sum(place.count for place in self.places.values())

    @cached_property
    def facets(self) -> list[Facet]:
        cleaned = self.cleaned
        chosen_region = cleaned.get("region", "")
        region_counts = self.region_counts()
        region_names = self.region_names
        if chosen_region and chosen_region not in region_names:
            region_names[chosen_region] = Region.objects.get(pk=chosen_region).name
        region_options = [
            FacetOption(code, name, region_counts.get(code, 0), code == chosen_region)
            for code, name in sorted(region_names.items(), key=lambda item: search_key(item[1]))
        ]
        chosen_department = cleaned.get("department", "")
        department_options = [
            FacetOption(code, str(place), place.count, code == chosen_department)
            for code, place in sorted(self.places.items())
            if not chosen_region or place.region_code == chosen_region
        ]
        return [
            Facet("region", _("Region"), _("All regions"), region_options, chosen_region),
            Facet("department", _("Department"), _("All departments"), department_options, chosen_department),
        ]


def counts_by_department() -> dict[str, int]:
    """Member communes of every department that has some, in one query (the map)."""
    rows = Commune.objects.filter(membership__isnull=False).order_by().values_list("department_id")
    return dict(rows.annotate(count=Count("pk")))


def regions_with_departments(departments, counts: dict[str, int]) -> list[RegionCount]:
    """Every region and its departments with their counts (the map's table), regions by name."""
    by_region: dict[str, list] = {}
    for department in departments:
        by_region.setdefault(department.region_id, []).append((department, counts.get(department.code, 0)))
    regions = []
    for members in by_region.values():
        region = members[0][0].region
        total = sum(count for _department, count in members)
        regions.append(RegionCount(region.code, region.name, total, members))
    return sorted(regions, key=lambda region: search_key(region.name))
