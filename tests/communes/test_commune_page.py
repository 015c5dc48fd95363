"""One page per member commune, at its INSEE code, with the department's other members."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from wagtail.contrib.sitemaps.views import sitemap


def test_a_member_commune_has_its_page_at_its_insee_code(directory, make_members, soup_of):
    make_members("76057", "76217", "27229")

    soup = soup_of("/communes/76057/")

    assert soup.select_one("h1").get_text(strip=True) == "Barentin"
    text = soup.get_text(" ", strip=True)
    facts = ("76057", "76360", "Seine-Maritime (76)", "Normandie", "CC Caux - Austreberthe",
             "12\u00a0022 habitants")
    for fact in facts:
        assert fact in text
    neighbours = [a.get_text() for a in soup.select(".pvd-neighbours a")]
    assert neighbours == ["Dieppe"]  # Évreux is in the Eure
    assert soup.select_one(".pvd-neighbours a")["href"] == "/communes/76217/"
    crumbs = [li.get_text(strip=True) for li in soup.select(".fr-breadcrumb__list li")]
    assert crumbs[-2:] == ["Les communes du programme", "Barentin"]
    assert "Barentin" in soup.title.get_text()


def test_the_project_lead_is_shown_only_when_the_editor_made_it_public(directory, make_members, soup_of):
    make_members("76057", lead_name="Marie Martin", lead_contact="marie@example.org", lead_public=False)
    make_members("22203", lead_name="Paul Durand", lead_contact="paul@example.org", lead_public=True)

    assert "Marie Martin" not in soup_of("/communes/76057/").get_text()
    paul = soup_of("/communes/22203/")
    assert "Paul Durand" in paul.get_text()
    assert paul.find("a", string="paul@example.org")["href"] == "mailto:paul@example.org"


def test_a_commune_that_is_not_a_member_or_does_not_exist_is_not_found(directory, make_members, client):
    make_members("76057")

    for url in ("/communes/76217/", "/communes/99999/", "/communes/7605/", "/communes/76057x/"):
        assert client.get(url).status_code == 404, url


def test_the_old_code_of_a_merged_commune_leads_to_the_commune_it_belongs_to(directory, make_members, client):
    make_members("22203")

    response = client.get("/communes/22080/")

    assert response.status_code == 301 and response["Location"] == "/communes/22203/"


@pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning")  # html.parser reads <loc> well enough
def test_the_sitemap_lists_the_directory_its_map_and_each_member_commune(directory, make_members):
    make_members("76057", "22203")
    request = RequestFactory().get("/sitemap.xml", HTTP_HOST="localhost")

    response = sitemap(request)
    response.render()
    locations = [loc.get_text() for loc in BeautifulSoup(response.content, "html.parser").find_all("loc")]

    for path in ("/communes/", "/communes/carte/", "/communes/76057/", "/communes/22203/"):
        assert f"http://localhost{path}" in locations
