"""The search page: what a visitor finds, how facets count, what editors see in the admin."""

import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search.testing import facet_counts, promotion_titles, result_titles
from search.testing import results_page as search

SEARCH_URL = "/recherche/"
on_postgres = pytest.mark.skipif(connection.vendor != "postgresql",
                                 reason="SQLite has no French stemming (see README)")


def interview(answer):
    return ("interview", {
        "person": {"name": "Christophe Bouillon", "role": "Maire de Barentin"},
        "questions": [{"question": "Quelle ambition portez-vous ?", "answer": f"<p>{answer}</p>"}],
    })


def test_a_word_only_inside_an_interview_answer_finds_the_issue(search_site, issue_factory, client):
    issue_factory(title="Lettre de mai", body=[interview("Nous misons sur la permaculture urbaine.")])
    issue_factory(title="Lettre de juin", body=[interview("Rien à voir.")])

    html = search(client, q="permaculture")

    assert result_titles(html) == ["Lettre de mai"]
    assert "<mark>permaculture</mark>" in html


def test_accents_are_ignored(search_site, client):
    search_site.resource("Événement régional des chefs de projet")

    assert result_titles(search(client, q="evenement regional")) == ["Événement régional des chefs de projet"]
    assert result_titles(search(client, q="ÉVÉNEMENT")) == ["Événement régional des chefs de projet"]


@on_postgres
@pytest.mark.postgres_only
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


def test_resources_are_found_by_their_partner_and_theme(search_site, client):
    anpp = search_site.partner("Association nationale des pôles territoriaux", acronym="ANPP")
    commerce = search_site.theme("Commerce de proximité")
    search_site.resource("Le guide de la vacance", partner=anpp)
    search_site.resource("Les halles marchandes", themes=[commerce])

    assert result_titles(search(client, q="pôles territoriaux guide")) == ["Le guide de la vacance"]
    assert result_titles(search(client, q="proximité")) == ["Les halles marchandes"]


def test_every_word_must_appear_in_the_title_or_the_text_stop_words_aside(search_site, client):
    search_site.resource("Le chef de projet", summary="Sa mission dans la commune.")
    search_site.resource("Le chef d'orchestre", summary="Rien à voir.")

    assert result_titles(search(client, q="chef de projet")) == ["Le chef de projet"]
    assert result_titles(search(client, q="chef mission commune")) == ["Le chef de projet"]
    assert result_titles(search(client, q="chef mission orchestre")) == []


@on_postgres
@pytest.mark.postgres_only
def test_a_query_of_french_stop_words_only_finds_nothing(search_site, client):
    search_site.resource("Le chef de projet", summary="Sa mission dans la commune.")

    assert result_titles(search(client, q="de la")) == []


def test_unpublished_and_private_pages_never_appear(search_site, client):
    search_site.resource("Tiers-lieux : le replay", live=True)
    search_site.resource("Tiers-lieux : brouillon", live=False)
    private = search_site.resource("Tiers-lieux : réservé aux chefs de projet")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD,
                                       password="x")

    html = search(client, q="tiers-lieux")

    assert result_titles(html) == ["Tiers-lieux : le replay"]
    assert facet_counts(html)["type"] == {"ressource": 1}
    suggestions = client.get(reverse("search:suggestions"), {"q": "tiers"}).json()["results"]
    assert [s["title"] for s in suggestions] == ["Tiers-lieux : le replay"]


def test_index_follows_publish_and_unpublish(search_site, client):
    resource = search_site.resource("Friche commerciale : mode d'emploi")
    assert result_titles(search(client, q="friche")) == ["Friche commerciale : mode d'emploi"]

    resource.unpublish()
    assert result_titles(search(client, q="friche")) == []

    resource.title = "Friche industrielle : mode d'emploi"
    resource.save_revision().publish()
    assert result_titles(search(client, q="industrielle")) == ["Friche industrielle : mode d'emploi"]


def test_facets_count_and_combine(search_site, issue_factory, client):
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
    assert facets["type"] == {"lettre": 1, "ressource": 3, "evenement": 1, "partenaire": 1}
    assert facets["theme"] == {"habitat": 3, "commerce": 2}
    assert facets["year"] == {"2021": 3, "2020": 2}
    assert facets["partner"] == {anct.slug: 2}

    html = search(client, q="rénovation", type="ressource", theme="habitat")
    facets = facet_counts(html)
    assert sorted(result_titles(html)) == ["Rénovation de l'habitat ancien", "Rénovation énergétique"]
    # Each facet counts with the other facets applied; a chosen value links to its own removal.
    assert facets["type"] == {"(selected)": 2, "evenement": 1}
    assert facets["theme"] == {"(selected)": 2, "commerce": 2}
    assert facets["year"] == {"2021": 2}

    html = search(client, q="rénovation", type="ressource")
    assert facet_counts(html)["theme"] == {"habitat": 2, "commerce": 2}

    html = search(client, q="rénovation", type=["ressource", "evenement"], year="2021")
    assert sorted(result_titles(html)) == [
        "Rénovation de l'habitat ancien", "Rénovation énergétique", "Webinaire rénovation"]


def test_filters_without_words_browse_everything(search_site, client):
    theme = search_site.theme("Mobilités")
    search_site.resource("Covoiturage rural", themes=[theme])
    search_site.resource("Autre sujet")

    assert result_titles(search(client, theme="mobilites")) == ["Covoiturage rural"]


def test_promotions_come_first(search_site, client):
    search_site.resource("Guide des aides aux commerces", summary="Guide guide guide des aides.")
    promoted = search_site.resource("Programme de formation", summary="Pour les chefs de projet.")
    query = Query.get("Guide")
    SearchPromotion.objects.create(query=query, page=promoted, description="Le guide officiel.", sort_order=0)
    SearchPromotion.objects.create(query=query, external_link_url="https://agence-cohesion-territoires.gouv.fr",
                                   external_link_text="Site de l'ANCT", sort_order=1)

    html = search(client, q="guide")

    assert promotion_titles(html) == ["Programme de formation", "Site de l'ANCT"]
    assert result_titles(html) == ["Guide des aides aux commerces"]
    assert html.index("Programme de formation") < html.index("aides aux commerces")
    assert "Le guide officiel." in html


def test_promotion_of_an_unpublished_page_is_not_shown(search_site, client):
    draft = search_site.resource("Document en préparation", live=False)
    SearchPromotion.objects.create(query=Query.get("guide"), page=draft, sort_order=0)

    assert "Document en préparation" not in search(client, q="guide")


def test_snippet_highlights_words_and_escapes_content(search_site, client):
    search_site.resource("Guide <script>alert(1)</script>",
                  summary="Un long texte. " * 30 + "La <b>revitalisation</b> des bourgs & villages.")

    html = search(client, q="revitalisation")

    assert "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;<mark>revitalisation</mark>&lt;/b&gt;" in html
    assert "… " in html  # the passage starts near the match, not at the beginning


def test_results_are_paginated(search_site, client):
    for number in range(13):
        search_site.resource(f"Fiche pratique {number}")

    first = search(client, q="fiche")
    second = search(client, q="fiche", page="2")

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 3
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert 'class="fr-pagination' in first
    assert 'href="?q=fiche&amp;page=2"' in first.split('class="fr-pagination', 1)[1]


def test_no_result_page_suggests_themes_and_library(search_site, client):
    search_site.theme("Transition écologique")

    html = search(client, q="introuvablissime")

    assert result_titles(html) == []
    assert "Transition écologique" in html
    assert search_site.library.url in html


def test_searches_are_logged_with_zero_result_ones(search_site, client):
    search_site.resource("Guide des friches")

    search(client, q="Guide")
    search(client, q="guide")
    search(client, q="zzzinconnu")
    search(client, q="guide", page="2")  # paging is not a new search

    assert Query.get("guide").hits == 2
    assert Query.get("guide").result_stat.last_result_count == 1
    assert Query.get("zzzinconnu").result_stat.zero_result_searches == 1


def report_rows(client, **params):
    response = client.get(reverse("search_terms_report"), {"export": "csv", **params})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content if response.streaming else [response.content])
    return list(csv.reader(io.StringIO(lines.decode("utf-8-sig"))))[1:]


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Group, Permission

    user = django_user_model.objects.create_user("editrice", password="x")
    group = Group.objects.create(name="Éditeurs test")
    group.permissions.add(Permission.objects.get(codename="access_admin"),
                          Permission.objects.get(codename="add_searchpromotion"))
    user.groups.add(group)
    return user


def test_editors_see_popular_and_zero_result_searches(search_site, client, editor):
    search_site.resource("Guide des friches")
    for query in ("guide", "Guide", "friches", "zzzinconnu"):
        search(client, q=query)
    client.force_login(editor)

    rows = report_rows(client)
    assert rows[0] == ["guide", "2", "1", "0"]  # most searched first
    assert sorted(rows[1:]) == [["friches", "1", "1", "0"], ["zzzinconnu", "1", "0", "1"]]
    assert report_rows(client, without_results="true") == [["zzzinconnu", "1", "0", "1"]]
    html = client.get(reverse("search_terms_report")).content.decode()
    assert "zzzinconnu" in html


def test_search_terms_report_is_for_editors_of_promotions(search_site, client, django_user_model):
    user = django_user_model.objects.create_user("lecteur", password="x")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get(reverse("search_terms_report")).status_code in (302, 403)


def test_renaming_a_theme_or_a_partner_updates_the_resources_found(search_site, client):
    theme = search_site.theme("Mobilité")
    partner = search_site.partner("Agence régionale")
    search_site.resource("Plan vélo", themes=[theme], partner=partner)

    theme.name = "Covoiturage"
    theme.save()
    partner.title = "Cerema Normandie"
    partner.save_revision().publish()

    assert result_titles(search(client, q="covoiturage")) == ["Plan vélo"]
    assert result_titles(search(client, q="cerema normandie plan")) == ["Plan vélo"]


def test_benchmark_refuses_sqlite():
    if connection.vendor == "postgresql":
        pytest.skip("the refusal concerns SQLite")
    with pytest.raises(CommandError, match="PostgreSQL"):
        call_command("bench_search")


def test_suggestions_are_titles_and_addresses(search_site, client):
    search_site.resource("Revitalisation des centres-villes")
    search_site.event("Revue de projets")
    search_site.resource("Autre chose")

    results = client.get(reverse("search:suggestions"), {"q": "rev"}).json()["results"]

    assert sorted(r["title"] for r in results) == ["Revitalisation des centres-villes", "Revue de projets"]
    assert all(r["url"].startswith("/") for r in results)


def test_suggestions_ignore_accents(search_site, client):
    search_site.event("Événement régional à Thizy-les-Bourgs")

    results = client.get(reverse("search:suggestions"), {"q": "evene"}).json()["results"]

    assert [r["title"] for r in results] == ["Événement régional à Thizy-les-Bourgs"]


def test_the_page_works_without_javascript_and_offers_it(search_site, client):
    html = search(client, q="")

    assert 'action="/recherche/"' in html and 'name="q"' in html
    assert "js/search-autocomplete.js" in html


BAD_QUERIES = ["", " ", "x" * 2000, "guide " * 400, "& | ! : * ( )", '"guide', '"', "'", "l'", "''''",
               "😀", "guide 😀", "\x00", "gui\x00de", "<script>alert(1)</script>", "%", "\\", "-",
               "AND OR NOT", "NEAR(guide)", "guide:*", "!guide", "a", "é", "日本語"]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_odd_queries_give_a_normal_page(search_site, client, query):
    search_site.resource("Guide de la friche")

    response = client.get(SEARCH_URL, {"q": query})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert 'id="recherche-page"' in html
    assert client.get(reverse("search:suggestions"), {"q": query}).status_code == 200


@pytest.mark.parametrize("params", [
    {"q": "guide", "page": "abc"}, {"q": "guide", "page": "-1"}, {"q": "guide", "page": "0"},
    {"q": "guide", "page": "99999999999999999999"}, {"q": "guide", "page": "1e3"},
    {"q": "guide", "page": "٣"},
    {"q": "guide", "type": "n'importe quoi"}, {"q": "guide", "theme": "<script>"},
    {"q": "guide", "year": "99999999999999999999"}, {"q": "guide", "year": "deux mille"},
    {"q": "guide", "partner": "'; DROP TABLE wagtailcore_page; --"}, {"type": "\x00"},
])
def test_garbage_parameters_give_a_normal_page(search_site, client, params):
    search_site.resource("Guide de la friche")

    html = search(client, **params)

    assert result_titles(html) == (["Guide de la friche"] if params.get("q") else [])


def test_the_number_of_queries_does_not_grow_with_the_results(search_site, issue_factory, client):
    from django.test.utils import CaptureQueriesContext

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

    assert queries_for_a_search() == few


def test_the_admin_page_search_still_works(search_site, client, django_user_model):
    search_site.resource("Guide de la friche commerciale")
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)

    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "friche commerciale"})

    assert response.status_code == 200
    assert "Guide de la friche commerciale" in response.content.decode()
