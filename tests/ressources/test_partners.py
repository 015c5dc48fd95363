"""Partner pages: logo, offers, and by themselves the partner's resources and events."""

import datetime

import time_machine

from tests.factories import paris
from tests.html import card_titles_in, parse, text


def test_partner_page_lists_its_resources_and_events(
    client, partner_factory, resource_factory, event_factory
):
    anpp = partner_factory(
        "Association nationale des pôles territoriaux et des pays",
        slug="anpp",
        acronym="ANPP",
        website="https://anpp.fr",
        offers="<p>Un accompagnement des projets de territoire.</p>",
    )
    other = partner_factory("Cerema")
    resource_factory("Faire Territoire : OSONS", partner=anpp, publication_date=datetime.date(2021, 4, 1))
    resource_factory("Guide de l'ANPP 2020", partner=anpp, publication_date=datetime.date(2020, 6, 1))
    resource_factory("Un guide du Cerema", partner=other)
    draft = resource_factory("Brouillon ANPP", partner=anpp)
    draft.unpublish()
    event_factory("Webinaire passé de l'ANPP", start=paris(2021, 3, 2, 10), organiser=anpp)
    event_factory("Rencontre de l'ANPP", start=paris(2021, 6, 10, 10), organiser=anpp)
    event_factory("Atelier de juillet", start=paris(2021, 7, 1, 10), organiser=anpp)
    event_factory("Journée du Cerema", start=paris(2021, 6, 11, 10), organiser=other)

    with time_machine.travel(paris(2021, 5, 12, 9), tick=False):
        html = client.get(anpp.url).content.decode()

    assert card_titles_in(html, "ressources") == ["Faire Territoire : OSONS", "Guide de l'ANPP 2020"]
    assert card_titles_in(html, "evenements-a-venir") == ["Rencontre de l'ANPP", "Atelier de juillet"]
    assert card_titles_in(html, "evenements-passes") == ["Webinaire passé de l'ANPP"]
    assert html.index('id="evenements-a-venir"') < html.index('id="evenements-passes"')
    assert "Un accompagnement des projets de territoire." in html
    assert 'href="https://anpp.fr"' in html
    assert "Cerema" not in html.split('id="ressources"')[1]


def test_partner_page_links_to_the_library_filtered_on_it_when_it_has_many_resources(
    client, partner_factory, resource_factory
):
    ademe = partner_factory("ADEME", slug="ademe")
    for n in range(13):
        resource_factory(f"Fiche ADEME {n}", partner=ademe)
    html = client.get(ademe.url).content.decode()
    assert len(card_titles_in(html, "ressources")) == 12
    soup = parse(html)
    link = soup.find("a", href=lambda href: href and href.endswith("?partner=ademe"))
    assert link is not None
    library_html = client.get(link["href"]).content.decode()
    assert library_html.count("Fiche ADEME") >= 12


def test_partner_list_shows_every_partner_with_its_logo(
    client, partner_index, partner_factory, image_factory
):
    partner_factory("Banque des territoires", logo=image_factory("Logo BdT"))
    partner_factory("Avise")
    html = client.get(partner_index.url).content.decode()
    soup = parse(html)
    tiles = soup.select(".fr-tile")
    assert [text(tile.select_one(".fr-tile__title a")) for tile in tiles] == [
        "Avise",
        "Banque des territoires",
    ]
    assert tiles[1].find("img") is not None
    assert tiles[0].find("img") is None
