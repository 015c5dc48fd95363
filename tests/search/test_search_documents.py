"""The search documents: written by one task, in step with publishing, moves, restrictions, themes."""

import datetime

from django.core.management import call_command
from wagtail.models import PageViewRestriction

from ressources.models import ResourceIndexPage
from search.models import SearchDocument
from search.tasks import index_pages
from tests.search.reading import facet_counts, result_details, result_titles, soup
from tests.search.reading import results_page as search


def enqueued_page_ids(queue) -> list[list[int]]:
    """The pages of each ``index_pages`` task waiting in the queue."""
    return [result.args[0] for result in queue.results if result.task.func is index_pages.func]


def test_a_published_page_gets_a_document_with_its_facets_and_text(search_site):
    partner = search_site.partner("Cerema")
    theme = search_site.theme("Mobilités")
    resource = search_site.resource("Plan vélo", summary="Des pistes pour tous.", themes=[theme],
                                    partner=partner, date=datetime.date(2022, 4, 1))

    document = SearchDocument.objects.get(page=resource)

    assert (document.live, document.public, document.year, document.partner_id, document.themes) == (
        True, True, 2022, partner.pk, f"|{theme.pk}|")
    assert document.title == "Plan vélo"
    assert "Des pistes pour tous." in document.body
    assert "Cerema" in document.body and "Mobilités" in document.body


def test_unpublishing_hides_a_page_while_its_task_still_waits(search_site, client, waiting_tasks):
    resource = search_site.resource("Friche urbaine : le guide")

    with waiting_tasks() as queue:
        resource.unpublish()

        assert enqueued_page_ids(queue) == [[resource.pk]]
        assert result_titles(search(client, q="friche")) == []


def test_a_section_made_private_hides_its_pages_while_the_task_still_waits(
        search_site, client, waiting_tasks):
    resource = search_site.resource("Tiers-lieux : le replay")

    with waiting_tasks() as queue:
        PageViewRestriction.objects.create(page=search_site.library, password="x",
                                           restriction_type=PageViewRestriction.PASSWORD)

        assert result_titles(search(client, q="tiers-lieux")) == []
        assert resource.pk in enqueued_page_ids(queue)[0]

        PageViewRestriction.objects.all().delete()
        assert result_titles(search(client, q="tiers-lieux")) == ["Tiers-lieux : le replay"]


def test_a_page_moved_into_a_private_section_leaves_the_results(search_site, client, waiting_tasks):
    resource = search_site.resource("Atlas des halles")
    private = search_site.home.add_child(instance=ResourceIndexPage(title="Réservé", slug="reserve"))
    PageViewRestriction.objects.create(page=private, password="x",
                                       restriction_type=PageViewRestriction.PASSWORD)

    with waiting_tasks():
        resource.move(private, pos="last-child")

        assert result_titles(search(client, q="atlas")) == []


def test_publishing_a_partner_reindexes_its_resources_in_one_task(search_site, client, waiting_tasks):
    partner = search_site.partner("Agence régionale")
    cited = [search_site.resource(f"Étude {number}", partner=partner).pk for number in range(3)]
    search_site.event("Rencontre", organiser=partner)

    with waiting_tasks() as queue:
        partner.title = "Cerema Normandie"
        partner.save_revision().publish()

    tasks = enqueued_page_ids(queue)
    assert len(tasks) == 1
    assert set(cited) < set(tasks[0]) and partner.pk in tasks[0]


def test_renaming_a_theme_reindexes_its_pages_in_one_task(search_site, waiting_tasks):
    theme = search_site.theme("Mobilité")
    tagged = {search_site.resource(f"Plan {number}", themes=[theme]).pk for number in range(3)}
    search_site.resource("Autre sujet")

    with waiting_tasks() as queue:
        theme.name = "Covoiturage"
        theme.save()

    assert [set(ids) for ids in enqueued_page_ids(queue)] == [tagged]


def test_saving_other_models_enqueues_no_search_task(search_site, waiting_tasks, image_factory):
    search_site.resource("Plan vélo")

    with waiting_tasks() as queue:
        search_site.theme("Nouvelle thématique")
        image_factory(title="Affiche")
        search_site.library.save_revision()

    assert enqueued_page_ids(queue) == []


def test_update_index_rebuilds_lost_documents(search_site, client):
    search_site.resource("Revitalisation du centre-bourg")
    SearchDocument.objects.all().delete()
    assert result_titles(search(client, q="revitalisation")) == []

    call_command("update_index", verbosity=0)

    assert result_titles(search(client, q="revitalisation")) == ["Revitalisation du centre-bourg"]


def test_deleting_a_page_deletes_its_document(search_site, client):
    resource = search_site.resource("Atlas des friches")
    resource.delete()

    assert not SearchDocument.objects.filter(page_id=resource.pk).exists()
    assert result_titles(search(client, q="atlas")) == []


def test_deleting_a_partner_reindexes_its_resources_without_its_name(
        search_site, client, django_capture_on_commit_callbacks):
    partner = search_site.partner("Agence disparue")
    search_site.resource("Étude de cas : halles", partner=partner)

    with django_capture_on_commit_callbacks(execute=True):
        partner.delete()

    html = search(client, q="halles")
    assert result_titles(html) == ["Étude de cas : halles"]
    assert facet_counts(html).get("partner", {}) == {}
    assert result_titles(search(client, q="agence disparue")) == []


def test_a_result_card_names_type_date_partner_and_themes_in_french(search_site, client):
    partner = search_site.partner("Ordre des architectes")
    search_site.resource("Guide de la maîtrise d'ouvrage", partner=partner, date=datetime.date(2021, 5, 12),
                         themes=[search_site.theme("Urbanisme"), search_site.theme("Architecture")])

    html = search(client, q="maîtrise")

    assert result_details(html) == ["Guide · 12 mai 2021 · Ordre des architectes · Architecture · Urbanisme"]
    assert soup(html).select_one("article.search-result .fr-badge").get_text(strip=True) == "Ressource"


def test_the_snippet_is_cut_from_the_page_text_of_an_issue(search_site, issue_factory, client):
    issue_factory(title="Lettre de mars",
                  body=[("texte", "<p>Le maire évoque la <b>ruralité</b> heureuse.</p>")])

    snippet = soup(search(client, q="ruralité")).select("article.search-result p")[-1]

    assert "Le maire évoque la ruralité heureuse." in snippet.get_text()
    assert [mark.get_text() for mark in snippet.select("mark")] == ["ruralité"]


def test_a_page_number_past_the_end_shows_the_last_page(search_site, client):
    for number in range(12):
        search_site.resource(f"Fiche commerce {number}")

    html = search(client, q="commerce", page="7")

    assert len(result_titles(html)) == 2
    assert soup(html).select_one('nav.fr-pagination a[aria-current="page"]').get_text() == "2"


def test_the_indexing_task_ignores_pages_that_are_gone_or_not_searched(search_site):
    assert index_pages.call([999_999, search_site.library.pk]) == 0
    assert not SearchDocument.objects.exists()
