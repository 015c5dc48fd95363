"""The directory of member communes: filters by region and department with their counts, the search by
name without accents, pagination, and what each commune shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from communes import views


def listed(soup) -> list[str]:
    return [a.get_text(strip=True) for a in soup.select(".pvd-commune-list h3 a")]


def options(soup, name) -> dict[str, str]:
    chosen = soup.select(f"select[name={name}] option")
    return {o["value"]: o.get_text(strip=True) for o in chosen if o["value"]}


def test_the_directory_lists_member_communes_only_with_their_department_epci_and_population(
        directory, make_members, soup_of):
    make_members("76057", "22203")

    soup = soup_of("/communes/")

    assert listed(soup) == ["Barentin", "Plœuc-L'Hermitage"]  # Dieppe, Rouen… are not members
    assert "2 communes membres" in soup.select_one("#resultats h2").get_text()
    barentin = soup.select(".pvd-commune")[0].get_text(" ", strip=True)
    assert "Seine-Maritime (76)" in barentin
    assert "CC Caux - Austreberthe" in barentin
    assert "12\u00a0022 habitants" in barentin
    assert soup.select_one(".pvd-commune h3 a")["href"] == "/communes/76057/"


def test_filters_by_region_and_department_show_how_many_communes_each_choice_gives(
        directory, make_members, soup_of):
    make_members("76057", "76217", "27229", "22203", "97411", "13004")

    soup = soup_of("/communes/")
    assert options(soup, "region") == {
        "53": "Bretagne (1)", "04": "La Réunion (1)", "28": "Normandie (3)",
        "93": "Provence-Alpes-Côte d'Azur (1)",
    }
    assert options(soup, "department")["76"] == "Seine-Maritime (76) (2)"

    soup = soup_of("/communes/?region=28")
    assert listed(soup) == ["Barentin", "Dieppe", "Évreux"]
    assert options(soup, "department") == {"27": "Eure (27) (1)", "76": "Seine-Maritime (76) (2)"}
    assert "3 communes membres" in soup.select_one("#resultats h2").get_text()

    soup = soup_of("/communes/?department=974")
    assert listed(soup) == ["Saint-Denis"]
    assert soup.select_one("select[name=region] option[selected]")["value"] == "04"


def test_every_option_count_is_the_number_of_communes_the_filter_lists(directory, make_members, soup_of):
    make_members("76057", "76217", "76540", "27229", "22203", "22278", "97411", "97415", "05050", "13004")

    for name in ("region", "department"):
        for value, label in options(soup_of("/communes/"), name).items():
            count = int(label.rsplit("(", 1)[1].rstrip(")"))
            assert len(listed(soup_of(f"/communes/?{name}={value}"))) == count, label


@pytest.mark.parametrize("typed", ["ploeuc", "Plœuc", "PLOEUC-L'HERMITAGE", "ploeuc l hermitage", "l’herm"])
def test_the_search_by_name_ignores_accents_ligatures_case_hyphens_and_apostrophes(
        directory, make_members, soup_of, typed):
    make_members("76057", "22203", "22278")

    soup = soup_of(f"/communes/?q={typed}")

    assert listed(soup) == ["Plœuc-L'Hermitage"]
    assert soup.select_one("#filtre-q")["value"] == typed


def test_the_search_combines_with_the_filters_and_counts_what_it_finds(directory, make_members, soup_of):
    make_members("76057", "22203", "22278", "97411", "97415")

    soup = soup_of("/communes/?q=saint")
    assert listed(soup) == ["Saint-Brieuc", "Saint-Denis", "Saint-Paul"]
    assert options(soup, "region") == {"53": "Bretagne (1)", "04": "La Réunion (2)"}
    assert listed(soup_of("/communes/?q=saint&region=04")) == ["Saint-Denis", "Saint-Paul"]
    assert "Aucune commune membre ne correspond" in soup_of("/communes/?q=zzz").get_text()


@pytest.mark.parametrize("query", [
    "?region=zz", "?department=999", "?department=<script>", "?page=abc", "?page=-3", "?page=99999",
    "?q=" + "a" * 500, "?q=%00", "?region=28&department=22",
])
def test_odd_addresses_show_the_directory_never_an_error(directory, make_members, soup_of, query):
    make_members("76057", "22203")

    soup = soup_of(f"/communes/{query}")

    assert soup.select_one("h1").get_text(strip=True) == "Les communes du programme"


def test_a_department_outside_the_chosen_region_wins(directory, make_members, soup_of):
    make_members("76057", "22203")

    soup = soup_of("/communes/?region=28&department=22")

    assert listed(soup) == ["Plœuc-L'Hermitage"]
    assert soup.select_one("select[name=region] option[selected]")["value"] == "53"


def test_the_list_is_paginated_and_the_links_keep_the_filters(directory, reference, soup_of, monkeypatch):
    from communes.models import Membership

    monkeypatch.setattr(views, "COMMUNES_PER_PAGE", 4)
    Membership.objects.bulk_create(Membership(commune_id=code) for code in reference)

    first = soup_of("/communes/")
    second = soup_of("/communes/?page=2")
    last = soup_of("/communes/?page=4")

    assert len(listed(first)) == len(listed(second)) == 4 and len(listed(last)) == 3
    assert not set(listed(first)) & set(listed(second))
    assert "15 communes membres" in first.select_one("#resultats h2").get_text()
    next_link = soup_of("/communes/?region=28").select_one(".fr-pagination__link--next")
    assert next_link is None or "region=28" in next_link.get("href", "")
    assert "page=2" in first.select_one(".fr-pagination__link--next")["href"]


def test_the_number_of_queries_does_not_grow_with_the_communes_listed(directory, reference, client):
    from communes.models import Membership

    def queries(url):
        client.get(url)  # caches warm
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    Membership.objects.create(commune_id="76057")
    with_one = queries("/communes/?region=28&q=a")
    Membership.objects.bulk_create(Membership(commune_id=code) for code in reference if code != "76057")
    with_all = queries("/communes/?region=28&q=a")

    assert with_all == with_one
