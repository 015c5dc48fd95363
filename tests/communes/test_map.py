"""The map: each department with members is a link to the filtered directory, shaded by its count,
with a legend, the overseas departments as tiles, the MapSVG credit, and the same figures in a table."""

import re

from communes.map import CLASSES, class_of


def department_links(soup) -> dict[str, str]:
    """{department code: accessible name} of the map's links."""
    return {a["data-department"]: a["aria-label"] for a in soup.select("svg a[data-department]")}


def test_each_department_with_members_is_a_link_to_its_communes_named_with_its_count(
        directory, make_members, soup_of):
    make_members("76057", "76217", "27229", "22203")

    soup = soup_of("/communes/carte/")

    assert department_links(soup) == {
        "76": "Seine-Maritime (76) : 2 communes membres",
        "27": "Eure (27) : 1 commune membre",
        "22": "Côtes-d'Armor (22) : 1 commune membre",
    }
    assert len(soup.select("svg g[data-department]")) == 96 - 3  # drawn, not links: no member there
    link = soup.select_one('svg a[data-department="76"]')
    assert link["href"] == "/communes/?department=76#resultats"
    listed = soup_of("/communes/?department=76").select(".pvd-commune-list h3 a")
    assert [a.get_text() for a in listed] == ["Barentin", "Dieppe"]


def test_the_table_beside_the_map_holds_the_same_figures(directory, make_members, soup_of):
    make_members("76057", "76217", "27229", "22203", "97411", "97415", "13004")
    soup = soup_of("/communes/carte/")

    table = {}
    for row in soup.select("#tableau-departements tbody tr:not(.pvd-map-table__region)"):
        code = re.search(r"\((\w+)\)$", row.th.get_text(strip=True)).group(1)
        table[code] = int(row.td.get_text(strip=True))
    links = department_links(soup).items()
    map_counts = {code: int(re.search(r": (\d+)", label).group(1)) for code, label in links}
    tiles = {tile["data-department"]: int(re.search(r"(\d+) commune", tile.get_text()).group(1))
             for tile in soup.select(".pvd-map__tile")}

    assert len(table) == 101
    overseas = {code: n for code, n in tiles.items() if n}
    assert {code: n for code, n in table.items() if n} == {**map_counts, **overseas}
    assert table["974"] == tiles["974"] == 2
    regions = {row.th.get_text(strip=True): int(row.td.get_text(strip=True))
               for row in soup.select(".pvd-map-table__region")}
    assert (regions["Normandie"], regions["Bretagne"], regions["Corse"]) == (3, 1, 0)
    assert sum(regions.values()) == 7
    assert "7 communes membres en tout" in soup.get_text()


def test_overseas_departments_are_labelled_tiles_linking_to_their_communes(directory, make_members, soup_of):
    make_members("97411", "97415")

    tiles = {t["data-department"]: t for t in soup_of("/communes/carte/").select(".pvd-map__tile")}

    assert set(tiles) == {"971", "972", "973", "974", "976"}
    assert tiles["974"].name == "a" and tiles["974"]["href"] == "/communes/?department=974#resultats"
    assert "La Réunion (974)" in tiles["974"].get_text() and "2 communes membres" in tiles["974"].get_text()
    assert tiles["971"].name == "span"  # nothing to list in Guadeloupe yet


def test_the_shades_follow_the_legend(directory, make_members, soup_of):
    make_members("76057", "76217", "22203")
    soup = soup_of("/communes/carte/")

    legend = [li.get_text(strip=True) for li in soup.select(".pvd-map__legend li")]
    assert legend == ["Aucune commune membre", "1 à 4", "5 à 9", "10 à 19", "20 à 39", "40 et plus"]
    assert "pvd-map__shade-1" in soup.select_one('svg a[data-department="76"]')["class"]
    assert "pvd-map__shade-0" in soup.select_one('svg g[data-department="01"]')["class"]
    assert [class_of(n) for n in (0, 1, 4, 5, 19, 20, 39, 40, 900)] == [0, 1, 1, 2, 3, 4, 4, 5, 5]
    assert len(CLASSES) == len(legend)


def test_the_map_credits_mapsvg_and_loads_nothing_from_elsewhere(directory, make_members, soup_of):
    make_members("76057")
    soup = soup_of("/communes/carte/")

    credit = soup.select_one(".pvd-map__credit")
    assert "MapSVG" in credit.get_text() and "CC BY 4.0" in credit.get_text()
    assert credit.find("a", string="CC BY 4.0")["href"].startswith("https://creativecommons.org/licenses/by/4.0")
    assert not soup.select("main script, main iframe, main img[src^=http]")
    assert soup.select_one("a.pvd-map__skip")["href"] == "#tableau-departements"
