"""The resource library: combinable filters with counts, forgiving query strings, bounded SQL."""

import datetime

import pytest

from ressources.models import ResourcePage, ResourceType
from tests.html import parse, text


def shown_titles(html: str) -> list[str]:
    return [text(link) for link in parse(html).select("#resultats .fr-card__title a")]


def options(html: str, name: str) -> dict[str, str]:
    """{value: text} of the options of one filter of the form."""
    soup = parse(html)
    return {
        option["value"]: text(option)
        for option in soup.select(f"select[name={name}] option")
        if option["value"]
    }


def count_of(option_text: str) -> int:
    return int(option_text.rsplit("(", 1)[1].rstrip(")"))


@pytest.fixture
def catalogue(library, theme_factory, partner_factory, resource_factory):
    """Five published resources, one draft."""
    commerce, habitat, numerique = (theme_factory(n) for n in ("Commerce", "Habitat", "Numérique"))
    anah, cerema = partner_factory("Anah"), partner_factory("Cerema")
    resource_factory("Guide du commerce", [commerce], datetime.date(2021, 3, 1), partner=anah)
    resource_factory("Vitrines et logements", [commerce, habitat], datetime.date(2021, 6, 1), partner=cerema)
    resource_factory("Replay habitat indigne", [habitat], datetime.date(2020, 11, 23), partner=anah,
                     resource_type=ResourceType.REPLAY)
    resource_factory("Kit numérique", [numerique], datetime.date(2022, 1, 10), resource_type=ResourceType.KIT)
    resource_factory("Guide de l'habitat", [habitat], datetime.date(2021, 9, 1), partner=anah)
    draft = resource_factory("Brouillon habitat", [habitat], datetime.date(2021, 9, 2), partner=anah)
    draft.unpublish()
    return library


def test_library_lists_published_resources_newest_first(client, catalogue):
    html = client.get(catalogue.url).content.decode()
    assert shown_titles(html) == [
        "Kit numérique",
        "Guide de l'habitat",
        "Vitrines et logements",
        "Guide du commerce",
        "Replay habitat indigne",
    ]


def test_theme_partner_type_and_year_filters_combine(client, catalogue):
    html = client.get(catalogue.url, {"theme": "habitat", "partner": "anah"}).content.decode()
    assert shown_titles(html) == ["Guide de l'habitat", "Replay habitat indigne"]

    query = {"theme": "habitat", "partner": "anah", "type": "replay"}
    html = client.get(catalogue.url, query).content.decode()
    assert shown_titles(html) == ["Replay habitat indigne"]

    html = client.get(catalogue.url, {"theme": "commerce", "year": "2021"}).content.decode()
    assert shown_titles(html) == ["Vitrines et logements", "Guide du commerce"]


def test_each_filter_counts_results_with_the_other_filters_applied(client, catalogue):
    html = client.get(catalogue.url, {"theme": "habitat", "partner": "anah"}).content.decode()
    # Themes, counted among Anah's resources.
    assert options(html, "theme") == {"commerce": "Commerce (1)", "habitat": "Habitat (2)"}
    # Partners, counted among the habitat resources (the draft is not counted).
    assert options(html, "partner") == {"anah": "Anah (2)", "cerema": "Cerema (1)"}
    type_counts = {value: count_of(text) for value, text in options(html, "type").items()}
    assert type_counts == {"guide": 1, "replay": 1}
    assert options(html, "year") == {"2021": "2021 (1)", "2020": "2020 (1)"}


def test_every_count_shown_is_the_number_of_results_its_filter_gives(client, catalogue):
    """Follow every option of every filter from a filtered page: the count announced is what is listed."""
    start = {"partner": "anah"}
    html = client.get(catalogue.url, start).content.decode()
    checked = 0
    for name in ("theme", "type", "partner", "year"):
        for value, label in options(html, name).items():
            result = client.get(catalogue.url, {**start, name: value}).content.decode()
            assert len(shown_titles(result)) == count_of(label), (name, value)
            checked += 1
    assert checked >= 6


def test_filters_are_in_a_shareable_get_form(client, catalogue):
    html = client.get(catalogue.url, {"theme": "habitat"}).content.decode()
    soup = parse(html)
    form = soup.select_one("form select[name=theme]").find_parent("form")
    assert form["method"] == "get"
    assert soup.select_one("select[name=theme] option[selected]")["value"] == "habitat"


def test_pagination_keeps_the_filters(client, library, theme_factory, resource_factory):
    habitat = theme_factory("Habitat")
    for day in range(1, 16):
        resource_factory(f"Fiche habitat {day:02d}", [habitat], datetime.date(2021, 1, day))
    resource_factory("Autre sujet", [], datetime.date(2021, 2, 1))

    html = client.get(library.url, {"theme": "habitat"}).content.decode()
    assert len(shown_titles(html)) == 12
    next_link = parse(html).select_one(".fr-pagination__link--next")["href"]
    assert "theme=habitat" in next_link and "page=2" in next_link

    html = client.get(library.url + next_link.split("#")[0]).content.decode()
    assert shown_titles(html) == ["Fiche habitat 03", "Fiche habitat 02", "Fiche habitat 01"]


@pytest.mark.parametrize(
    "query",
    [
        {"theme": "inconnu"},
        {"partner": "personne"},
        {"type": "<script>alert(1)</script>"},
        {"year": "abc"},
        {"year": "99999"},
        {"year": "1990"},
        {"year": "٢٠٢١"},
        {"partner": "anah\x00", "year": "2021\x00"},
        {"page": "9" * 5000},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "0"},
        {"theme": ["habitat", "commerce"], "page": "1e9"},
    ],
)
def test_bad_query_strings_give_the_normal_library(client, catalogue, query):
    response = client.get(catalogue.url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    shown = shown_titles(html)
    if "theme" in query and isinstance(query["theme"], list):
        assert shown == ["Vitrines et logements", "Guide du commerce"]  # the last value wins
    else:
        assert len(shown) == 5  # the filter is ignored


def test_a_page_number_past_the_end_gives_the_last_page(client, library, resource_factory):
    for day in range(1, 15):
        resource_factory(f"Fiche {day:02d}", publication_date=datetime.date(2021, 1, day))
    html = client.get(library.url, {"page": "99999"}).content.decode()
    assert shown_titles(html) == ["Fiche 02", "Fiche 01"]


def test_library_renders_with_a_bounded_number_of_queries(
    client, library, theme_factory, partner_factory, resource_factory, image_factory,
    django_assert_max_num_queries,
):
    themes = [theme_factory(name) for name in ("Commerce", "Habitat", "Relance")]
    partners = [partner_factory(name) for name in ("Anah", "Cerema", "ADEME")]

    def add(count):
        for n in range(count):
            resource_factory(
                themes=themes[: 1 + n % 3],
                partner=partners[n % 3],
                image=image_factory(title=f"Image {ResourcePage.objects.count()}", size=(64, 36)),
                publication_date=datetime.date(2019 + n % 4, 1 + n % 12, 1),
            )

    bound = 25
    add(5)
    client.get(library.url)  # renditions are made once, at the first view
    with django_assert_max_num_queries(bound):
        html = client.get(library.url).content.decode()
    assert len(shown_titles(html)) == 5

    add(35)
    client.get(library.url)
    with django_assert_max_num_queries(bound):
        html = client.get(library.url, {"theme": "commerce"}).content.decode()
    assert len(shown_titles(html)) == 12
    card_images = parse(html).select("#resultats .fr-card img")
    assert len(card_images) == 12
    assert all(img["src"].startswith("/media/images/") for img in card_images)


def test_resource_page_shows_what_and_where(client, resource_factory, theme_factory, partner_factory,
                                            document_factory):
    partner = partner_factory("Cerema")
    resource = resource_factory(
        "Vademecum des mobilités",
        [theme_factory("Transition écologique")],
        datetime.date(2021, 5, 12),
        partner=partner,
        resource_type=ResourceType.VADEMECUM,
        document=document_factory("Vademecum", "vademecum.pdf", size=3000),
        external_url="https://www.cerema.fr/vademecum",
        body="<p>Un guide pour les élus.</p>",
    )
    html = client.get(resource.url).content.decode()
    assert "Vademecum des mobilités" in html
    assert str(ResourceType.VADEMECUM.label) in html
    assert "Transition écologique" in html
    assert f'href="{partner.url}"' in html
    download = parse(html).find("a", href=resource.document.url)
    assert text(download) == "Télécharger Vademecum des mobilités (PDF – 2,9 Kio)"  # 3 009 bytes
    assert "https://www.cerema.fr/vademecum" in html
    assert "Un guide pour les élus." in html


def test_a_resource_chosen_in_an_issue_shows_its_new_title_once_republished(
    client, issue_factory, resource_factory, django_capture_on_commit_callbacks
):
    resource = resource_factory("Faire Territoire : OSONS", summary="Le vademecum de l'ANPP.")
    issue = issue_factory(
        body=[("recommandations", {"groups": [{"heading": "Ressources", "items": [{"page": resource}]}]})]
    )
    assert "Faire Territoire : OSONS" in client.get(issue.url).content.decode()

    resource.title = "Faire Territoire : OSONS avec et pour tous !"
    with django_capture_on_commit_callbacks(execute=True):  # the publish commits (the issue's kept body)
        resource.save_revision().publish()

    html = client.get(issue.url).content.decode()
    assert "Faire Territoire : OSONS avec et pour tous !" in html
    assert f'href="{resource.url}"' in html
    # and the resource page tells in which issue it was recommended
    assert issue.title in client.get(resource.url).content.decode()
