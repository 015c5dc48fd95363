"""Filters of the directory: region, department and name, with the number of member communes each
choice gives.

One grouped query counts the member communes of each department for the name searched; the counts of
regions, of departments and the total of the list are all read from it, so filtering costs no more
queries than not filtering. Unknown values in the address are ignored, never an error.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _

from core.facets import Facet, FacetOption

from .models import Commune, Department
from .normalise import search_key

MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class RegionCount:
    code: str
    name: str
    count: int
    departments: list  # [(Department, count)]


class DirectoryFilter:
    def __init__(self, data):
        self.data = data

    @cached_property
    def departments(self) -> dict[str, Department]:
        """Every department with its region, in one query."""
        return {d.code: d for d in Department.objects.select_related("region").order_by("code")}

    def _raw(self, name: str) -> str:
        value = self.data.get(name, "")
        return value.strip()[:MAX_QUERY_LENGTH] if isinstance(value, str) else ""

    @cached_property
    def cleaned(self) -> dict[str, str]:
        """The filters asked for that make sense; a department outside the chosen region wins over it."""
        cleaned = {}
        query = self._raw("q")
        if search_key(query):
            cleaned["q"] = query
        region_codes = {d.region_id for d in self.departments.values()}
        region = self._raw("region")
        if region in region_codes:
            cleaned["region"] = region
        department = self._raw("department").upper()
        if department in self.departments:
            cleaned["department"] = department
            cleaned["region"] = self.departments[department].region_id
        return cleaned

    @property
    def is_active(self) -> bool:
        return bool(self.cleaned)

    @property
    def query(self) -> str:
        return self.cleaned.get("q", "")

    def members(self) -> QuerySet:
        """Member communes whose name matches the search (not yet filtered by place)."""
        queryset = Commune.objects.filter(membership__isnull=False)
        if self.query:
            queryset = queryset.filter(search_key__contains=search_key(self.query))
        return queryset

    @cached_property
    def counts_by_department(self) -> dict[str, int]:
        rows = self.members().order_by().values_list("department").annotate(n=Count("pk"))
        return dict(rows)

    def results(self) -> QuerySet:
        queryset = self.members()
        if "department" in self.cleaned:
            queryset = queryset.filter(department_id=self.cleaned["department"])
        elif "region" in self.cleaned:
            codes = [d.code for d in self.departments.values() if d.region_id == self.cleaned["region"]]
            queryset = queryset.filter(department_id__in=codes)
        return queryset.select_related("department", "epci", "membership").order_by("search_key", "code")

    @cached_property
    def total(self) -> int:
        """How many communes the list holds, from the counts (no query of its own)."""
        counts = self.counts_by_department
        if "department" in self.cleaned:
            return counts.get(self.cleaned["department"], 0)
        if "region" in self.cleaned:
            return self.region_counts().get(self.cleaned["region"], 0)
        return sum(counts.values())

    def region_counts(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for code, count in self.counts_by_department.items():
            region = self.departments[code].region_id
            totals[region] = totals.get(region, 0) + count
        return totals

    @cached_property
    def facets(self) -> list[Facet]:
        region_counts = self.region_counts()
        regions = {d.region_id: d.region.name for d in self.departments.values()}
        chosen_region = self.cleaned.get("region", "")
        region_options = [
            FacetOption(code, name, region_counts.get(code, 0), code == chosen_region)
            for code, name in sorted(regions.items(), key=lambda item: search_key(item[1]))
            if region_counts.get(code) or code == chosen_region
        ]
        chosen_department = self.cleaned.get("department", "")
        department_options = [
            FacetOption(code, str(department), self.counts_by_department.get(code, 0),
                        code == chosen_department)
            for code, department in self.departments.items()
            if (not chosen_region or department.region_id == chosen_region)
            and (self.counts_by_department.get(code) or code == chosen_department)
        ]
        return [
            Facet("region", _("Region"), _("All regions"), region_options, chosen_region),
            Facet("department", _("Department"), _("All departments"), department_options, chosen_department),
        ]

    def regions_with_departments(self) -> list[RegionCount]:
        """Every region and its departments with their counts (the map's table), regions by name."""
        by_region: dict[str, list] = {}
        for code, department in self.departments.items():
            by_region.setdefault(department.region_id, []).append(
                (department, self.counts_by_department.get(code, 0))
            )
        regions = []
        for departments in by_region.values():
            region = departments[0][0].region
            total = sum(n for _department, n in departments)
            regions.append(RegionCount(region.code, region.name, total, departments))
        return sorted(regions, key=lambda region: search_key(region.name))
