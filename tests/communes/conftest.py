"""Fixtures of the communes tests: a slice of the real reference, members, the directory page.

The slice is imported from the committed reference files by the same code as the full import, so the
names, departments, EPCI and populations are the official ones.
"""

import pytest
from bs4 import BeautifulSoup

# INSEE codes of the slice: a few departments of four regions, overseas and Corsica included.
SLICE = {
    "76057": "Barentin", "76217": "Dieppe", "76540": "Rouen", "27229": "Évreux",
    "22203": "Plœuc-L'Hermitage", "22278": "Saint-Brieuc", "69248": "Thizy-les-Bourgs",
    "97411": "Saint-Denis", "97415": "Saint-Paul", "05050": "Espinasses", "05017": "La Bâtie-Neuve",
    "13004": "Arles", "2A004": "Ajaccio", "45234": "Orléans", "37261": "Tours",
}


@pytest.fixture
def reference(db):
    from communes.reference import import_reference

    import_reference(codes=set(SLICE))
    return SLICE


@pytest.fixture
def make_members(reference):
    from communes.models import Membership

    def make(*codes, **fields):
        return [Membership.objects.create(commune_id=code, **fields) for code in codes]

    return make


@pytest.fixture
def directory(home_page):
    from communes.models import CommuneDirectoryPage

    page = CommuneDirectoryPage(title="Les communes du programme", slug="communes",
                                intro="<p>Les communes lauréates du programme.</p>")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def soup_of(client):
    """The parsed HTML of an address, after checking its status."""

    def get(url, status=200):
        response = client.get(url)
        assert response.status_code == status, f"{url} answered {response.status_code}"
        return BeautifulSoup(response.content.decode(), "html.parser")

    return get
