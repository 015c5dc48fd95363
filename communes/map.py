"""The map of member communes by department: shapes from the committed SVG (MapSVG, CC BY 4.0),
shaded by a few fixed classes of counts explained by a legend. Overseas departments, absent from the
metropolitan map, are labelled tiles beside it. Every department links to the filtered directory.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .reference import DATA_DIR

SVG_PATH = DATA_DIR / "france-departments.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"
# (lowest count, highest count or None): class 0 is “no member yet”.
CLASSES = ((0, 0), (1, 4), (5, 9), (10, 19), (20, 39), (40, None))


@dataclass(frozen=True)
class Shapes:
    view_box: str
    paths: dict  # {department code: SVG path data}


@cache
def shapes(path: Path = SVG_PATH) -> Shapes:
    root = ElementTree.parse(path).getroot()
    paths = {element.get("id"): element.get("d") for element in root.iter(f"{SVG_NS}path")}
    return Shapes(root.get("viewBox"), paths)


def class_of(count: int) -> int:
    for index, (low, high) in enumerate(CLASSES):
        if count >= low and (high is None or count <= high):
            return index
    return len(CLASSES) - 1


def class_label(index: int) -> str:
    low, high = CLASSES[index]
    if high == 0:
        return str(_("No member commune"))
    if high is None:
        return str(_("%(low)d or more") % {"low": low})
    return str(_("%(low)d to %(high)d") % {"low": low, "high": high})


@dataclass(frozen=True)
class MapDepartment:
    code: str
    name: str
    count: int
    shade: int
    url: str
    path: str  # empty for an overseas department: shown as a tile

    @property
    def label(self) -> str:
        """“Seine-Maritime (76): 3 member communes”: the link's accessible name and tooltip."""
        members = ngettext("%(count)d member commune", "%(count)d member communes", self.count) % {
            "count": self.count
        }
        return f"{self.name} ({self.code}) : {members}"


@dataclass(frozen=True)
class LegendEntry:
    shade: int
    label: str


@dataclass(frozen=True)
class DepartmentMap:
    view_box: str
    mainland: list[MapDepartment]
    overseas: list[MapDepartment]
    legend: list[LegendEntry]


def build_map(departments, counts: dict[str, int], directory_url: str) -> DepartmentMap:
    """``departments``: the Department rows; ``counts``: member communes by department code."""
    drawn = shapes()
    mainland, overseas = [], []
    for department in departments:
        count = counts.get(department.code, 0)
        url = f"{directory_url}?{urlencode({'department': department.code})}#resultats"
        path = drawn.paths.get(department.code, "")
        item = MapDepartment(department.code, department.name, count, class_of(count), url, path)
        (mainland if path else overseas).append(item)
    legend = [LegendEntry(index, class_label(index)) for index in range(len(CLASSES))]
    return DepartmentMap(drawn.view_box, mainland, overseas, legend)
