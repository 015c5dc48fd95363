"""The search page: what a visitor finds, how facets count, what a bad input gives."""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.search.reading import (
    SEARCH_URL,
    facet_counts,
    marked_words,
    promotion_titles,
    result_titles,
    soup,
    text_of,
)
from tests.search.reading import results_page as search

NO_STEMMING = "SQLite's full-text search has no French stemming (search/README.md)"
NO_STOP_WORDS = "SQLite's full-text search has no French stop words (search/README.md)"


def interview(answer):
    return ("interview", {
        "person": {"name": "Christophe Bouillon", "role": "Maire de Barentin"},
        "questions": [{"question": "Quelle ambition portez-vous ?", "answer": f"<p>{answer}</p>"}],
    })


def suggested_titles(client, text):
    response = client.get(reverse("search:suggestions"), {"q": text})
    assert response.status_code == 200
    return [suggestion["title"] for suggestion in response.json()["results"]]


def test_a_word_only_inside_an_interview_answer_finds_the_issue_and_is_marked(
        search_site, issue_factory, client):
    issue_factory(title="Lettre de mai", body=[interview("Nous misons sur la permaculture urbaine.")])
    issue_factory(title="Lettre de juin", body=[interview("Rien à voir.")])

    html = search(client, q="permaculture")

    assert result_titles(html) == ["Lettre de mai"]
    assert marked_words(html) == ["permaculture"]


def test_accents_and_case_are_ignored(search_site, client):
    search_site.resource("Événement régional des chefs de projet")

    assert result_titles(search(client, q="evenement regional")) == ["Événement régional des chefs de projet"]
    assert result_titles(search(client, q="ÉVÉNEMENT")) == ["Événement régional des chefs de projet"]


@pytest.mark.postgres_only(reason=NO_STEMMING)
@pytest.mark.parametrize(("query", "title"), [
    ("bibliothèque", "Les bibliothèques rurales"),
    ("mensuel", "Rencontres mensuelles des élus"),
    ("revitaliser", "La revitalisation des centres-bourgs"),
])
def test_french_stemming_finds_other_forms_of_a_word(search_site, client, query, title):
    search_site.resource("Les bibliothèques rurales")
    search_site.resource("Rencontres mensuelles des élus")
    search_site.resource("La revitalisation des centres-bourgs")

    assert result_titles(search(client, q=query)) == [title]


@pytest.mark.postgres_only(reason=NO_STEMMING)
def test_other_forms_of_the_word_are_marked_in_the_snippet(search_site, client):
    search_site.resource("Lecture publique", summary="Les bibliothèques rurales s'organisent.")

    assert marked_words(search(client, q="bibliothèque")) == ["bibliothèques"]


def test_resources_are_found_by_the_name_of_their_partner_and_their_themes(search_site, client):
    anpp = search_site.partner("Association nationale des pôles territoriaux", acronym="ANPP")
    commerce = search_site.theme("Commerce de proximité")
    search_site.resource("Le guide de la vacance", partner=anpp)
    search_site.resource("Les halles marchandes", themes=[commerce])

    assert result_titles(search(client, q="pôles territoriaux guide")) == ["Le guide de la vacance"]
    assert result_titles(search(client, q="proximité")) == ["Les halles marchandes"]


def test_every_word_must_appear_in_the_title_or_the_text(search_site, client):
    search_site.resource("Le chef de projet", summary="Sa mission dans la commune.")
    search_site.resource("Le chef d'orchestre", summary="Rien à voir.")

    assert result_titles(search(client, q="chef de projet")) == ["Le chef de projet"]
    assert result_titles(search(client, q="chef mission commune")) == ["Le chef de projet"]
    assert result_titles(search(client, q="chef mission orchestre")) == []


def test_a_word_in_the_title_ranks_before_the_same_word_in_the_text(search_site, client):
    search_site.resource("Guide des aides", summary="Pour les halles marchandes.")
    search_site.resource("Halles marchandes", summary="Un guide pratique.")

    assert result_titles(search(client, q="halles")) == ["Halles marchandes", "Guide des aides"]


@pytest.mark.postgres_only(reason=NO_STOP_WORDS)
def test_a_query_of_french_stop_words_only_finds_nothing(search_site, client):
    search_site.resource("Le chef de projet", summary="Sa mission dans la commune.")

    html = search(client, q="de la")

    assert result_titles(html) == []
    assert "Aucun résultat" in text_of(soup(html))


def test_unpublished_and_private_pages_are_neither_found_nor_suggested(search_site, client):
    search_site.resource("Tiers-lieux : le replay", live=True)
    search_site.resource("Tiers-lieux : brouillon", live=False)
    private = search_site.resource("Tiers-lieux : réservé aux chefs de projet")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD,
                                       password="x")

    html = search(client, q="tiers-lieux")

    assert result_titles(html) == ["Tiers-lieux : le replay"]
    assert facet_counts(html)["type"] == {"ressource": 1}
    assert suggested_titles(client, "tiers") == ["Tiers-lieux : le replay"]


def test_a_page_leaves_the_results_when_unpublished_and_comes_back_renamed(search_site, client):
    resource = search_site.resource("Friche commerciale : mode d'emploi")
    assert result_titles(search(client, q="friche")) == ["Friche commerciale : mode d'emploi"]

    resource.unpublish()
    assert result_titles(search(client, q="friche")) == []

    resource.title = "Friche industrielle : mode d'emploi"
    resource.save_revision().publish()
    assert result_titles(search(client, q="industrielle")) == ["Friche industrielle : mode d'emploi"]


def test_each_facet_counts_with_the_other_facets_applied(search_site, issue_factory, client):
    anct = search_site.partner("Banque des territoires rénovation")
    habitat = search_site.theme("Habitat")
    commerce = search_site.theme("Commerce")
    search_site.resource("Rénovation de l'habitat ancien", themes=[habitat], partner=anct,
                         date=datetime.date(2021, 3, 1))
    search_site.resource("Rénovation des vitrines", themes=[commerce], date=datetime.date(2020, 11, 2))
    search_site.resource("Rénovation énergétique", themes=[habitat, commerce], date=datetime.date(2021, 9, 9))
    search_site.event("Webinaire rénovation", themes=[habitat])
    issue_factory(title="Lettre rénovation", issue_date=datetime.date(2020, 11, 23))

    html = search(client, q="rénovation")
    facets = facet_counts(html)
    assert len(result_titles(html)) == 6
    assert "6 résultats pour « rénovation »" in text_of(soup(html))
    assert facets["type"] == {"lettre": 1, "ressource": 3, "evenement": 1, "partenaire": 1}
    assert facets["theme"] == {"habitat": 3, "commerce": 2}
    assert facets["year"] == {"2021": 3, "2020": 2}
    assert facets["partner"] == {anct.slug: 2}

    html = search(client, q="rénovation", type="ressource", theme="habitat")
    facets = facet_counts(html)
    assert sorted(result_titles(html)) == ["Rénovation de l'habitat ancien", "Rénovation énergétique"]
    # A chosen value links to its own removal.
    assert facets["type"] == {"(selected)": 2, "evenement": 1}
    assert facets["theme"] == {"(selected)": 2, "commerce": 2}
    assert facets["year"] == {"2021": 2}

    html = search(client, q="rénovation", type="ressource")
    assert facet_counts(html)["theme"] == {"habitat": 2, "commerce": 2}

    html = search(client, q="rénovation", type=["ressource", "evenement"], year="2021")
    assert sorted(result_titles(html)) == [
        "Rénovation de l'habitat ancien", "Rénovation énergétique", "Webinaire rénovation"]


def test_filters_without_words_list_what_they_choose_newest_first(search_site, client):
    theme = search_site.theme("Mobilités")
    search_site.resource("Covoiturage rural", themes=[theme], date=datetime.date(2020, 1, 1))
    search_site.resource("Pistes cyclables", themes=[theme], date=datetime.date(2022, 1, 1))
    search_site.resource("Autre sujet")

    assert result_titles(search(client, theme="mobilites")) == ["Pistes cyclables", "Covoiturage rural"]


def test_promotions_come_first_and_are_not_repeated_among_the_results(search_site, client):
    search_site.resource("Guide des aides aux commerces", summary="Guide guide guide des aides.")
    promoted = search_site.resource("Programme de formation", summary="Un guide pour les chefs de projet.")
    query = Query.get("Guide")
    SearchPromotion.objects.create(query=query, page=promoted, description="Le guide officiel.", sort_order=0)
    SearchPromotion.objects.create(query=query, external_link_url="https://agence-cohesion-territoires.gouv.fr",
                                   external_link_text="Site de l'ANCT", sort_order=1)

    html = search(client, q="guide")

    assert promotion_titles(html) == ["Programme de formation", "Site de l'ANCT"]
    assert result_titles(html) == ["Guide des aides aux commerces"]
    assert "Le guide officiel." in text_of(soup(html).select_one("li.search-promotion"))


def test_a_promotion_of_an_unpublished_page_is_not_shown(search_site, client):
    draft = search_site.resource("Document en préparation", live=False)
    SearchPromotion.objects.create(query=Query.get("guide"), page=draft, sort_order=0)

    assert promotion_titles(search(client, q="guide")) == []


def test_the_snippet_marks_the_word_near_it_and_escapes_the_page_text(search_site, client):
    search_site.resource("Guide <script>alert(1)</script>",
                         summary="Un long texte. " * 30 + "La <b>revitalisation</b> des bourgs & villages.")

    html = search(client, q="revitalisation")

    page = soup(html)
    assert page.select("article.search-result script") == []
    assert text_of(page.select_one("article.search-result h2")) == "Guide <script>alert(1)</script>"
    snippet = page.select("article.search-result p")[-1]
    assert [mark.get_text() for mark in snippet.select("mark")] == ["revitalisation"]
    assert snippet.select("b") == []
    assert "des bourgs & villages." in text_of(snippet)
    assert text_of(snippet).startswith("… ")  # the passage starts near the word, not at the beginning


def test_results_come_ten_to_a_page_with_links_to_the_next(search_site, client):
    for number in range(13):
        search_site.resource(f"Fiche pratique {number}")

    first = search(client, q="fiche")
    second = search(client, q="fiche", page="2")

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 3
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    links = [link["href"] for link in soup(first).select("nav.fr-pagination a[href]")]
    assert "?q=fiche&page=2" in links


def test_a_search_without_result_suggests_the_themes_and_the_library(search_site, client):
    search_site.theme("Transition écologique")

    html = search(client, q="introuvablissime")

    page = soup(html)
    assert result_titles(html) == []
    assert "Aucun résultat" in text_of(page)
    assert [text_of(link) for link in page.select("#recherche-themes ~ ul a")] == ["Transition écologique"]
    assert page.select_one(f'a[href="{search_site.library.url}"]') is not None


def test_renaming_a_theme_or_a_partner_finds_their_resources_by_the_new_name(search_site, client):
    theme = search_site.theme("Mobilité")
    partner = search_site.partner("Agence régionale")
    search_site.resource("Plan vélo", themes=[theme], partner=partner)

    theme.name = "Covoiturage"
    theme.save()
    partner.title = "Cerema Normandie"
    partner.save_revision().publish()

    assert result_titles(search(client, q="covoiturage")) == ["Plan vélo"]
    assert result_titles(search(client, q="cerema normandie plan")) == ["Plan vélo"]
    assert result_titles(search(client, q="agence régionale plan")) == []


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the refusal concerns SQLite")
def test_the_benchmark_refuses_to_run_on_sqlite():
    with pytest.raises(CommandError, match="PostgreSQL"):
        call_command("bench_search")


def test_suggestions_are_titles_starting_with_the_typed_letters(search_site, client):
    search_site.resource("Revitalisation des centres-villes")
    search_site.event("Revue de projets")
    search_site.resource("Autre chose")

    response = client.get(reverse("search:suggestions"), {"q": "rev"})

    results = response.json()["results"]
    assert sorted(r["title"] for r in results) == ["Revitalisation des centres-villes", "Revue de projets"]
    assert {r["title"]: r["type"] for r in results}["Revue de projets"] == "Événement"
    assert all(r["url"].startswith("/") for r in results)


def test_suggestions_ignore_accents(search_site, client):
    search_site.event("Événement régional à Thizy-les-Bourgs")

    assert suggested_titles(client, "evene") == ["Événement régional à Thizy-les-Bourgs"]


def test_the_search_form_works_without_javascript_and_loads_the_suggestions_script(search_site, client):
    page = soup(search(client, q=""))

    form = page.select_one("form#recherche-page")
    assert (form["action"], form["method"]) == ("/recherche/", "get")
    assert form.select_one('input[name="q"]') is not None
    assert any("js/search-autocomplete.js" in script.get("src", "") for script in page.select("script"))


BAD_QUERIES = ["", " ", "x" * 2000, "guide " * 400, "& | ! : * ( )", '"guide', '"', "'", "l'", "''''",
               "😀", "guide 😀", "\x00", "gui\x00de", "<script>alert(1)</script>", "%", "\\", "-",
               "AND OR NOT", "NEAR(guide)", "guide:*", "!guide", "a", "é", "日本語", "':*", "guide:* & !"]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_odd_queries_give_a_normal_page_and_suggestions(search_site, client, query):
    search_site.resource("Guide de la friche")

    response = client.get(SEARCH_URL, {"q": query})

    assert response.status_code == 200
    page = soup(response.content.decode())
    assert page.select("main script") == []
    assert page.select_one("form#recherche-page") is not None
    assert client.get(reverse("search:suggestions"), {"q": query}).status_code == 200


@pytest.mark.parametrize("params", [
    {"q": "guide", "page": "abc"}, {"q": "guide", "page": "-1"}, {"q": "guide", "page": "0"},
    {"q": "guide", "page": "99999999999999999999"}, {"q": "guide", "page": "1e3"},
    {"q": "guide", "page": "٣"},
    {"q": "guide", "type": "n'importe quoi"}, {"q": "guide", "theme": "<script>"},
    {"q": "guide", "year": "99999999999999999999"}, {"q": "guide", "year": "deux mille"},
    {"q": "guide", "partner": "'; DROP TABLE wagtailcore_page; --"}, {"type": "\x00"},
])
def test_garbage_parameters_are_ignored(search_site, client, params):
    search_site.resource("Guide de la friche")

    html = search(client, **params)

    assert result_titles(html) == (["Guide de la friche"] if params.get("q") else [])


def test_the_number_of_queries_does_not_grow_with_the_results(search_site, issue_factory, client):
    partner = search_site.partner("Cerema")
    theme = search_site.theme("Habitat")

    def add_some(count):
        for _ in range(count):
            search_site.resource("Habitat inclusif", themes=[theme], partner=partner)
            search_site.event("Visite habitat inclusif", themes=[theme], organiser=partner)
            issue_factory(title="Lettre habitat inclusif")

    def queries_for_a_search():
        with CaptureQueriesContext(connection) as queries:
            search(client, q="habitat inclusif", page="1")
        return len(queries)

    add_some(1)
    queries_for_a_search()  # the first search creates its query log entry and fills caches
    few = queries_for_a_search()
    add_some(4)

    assert queries_for_a_search() <= few  # one query per kind on the page: at most four


def test_the_admin_page_search_still_finds_pages(search_site, client, django_user_model):
    search_site.resource("Guide de la friche commerciale")
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)

    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "friche commerciale"})

    assert response.status_code == 200
    assert "Guide de la friche commerciale" in text_of(soup(response.content.decode()))
