"""The search documents: what the results page reads, kept in step with the pages and the index."""

import datetime
import re

from django.core.management import call_command
from modelsearch import signal_handlers as modelsearch_signals
from wagtail.models import PageViewRestriction

from search.documents import ensure_documents
from search.models import SearchDocument
from search.testing import facet_counts, result_titles, text_of
from search.testing import results_page as search

RESULT_DETAILS = re.compile(r'<p class="fr-text--sm fr-mb-1w">(.*?)</p>', re.S)


def test_a_published_page_gets_its_facets(search_site):
    partner = search_site.partner("Cerema")
    theme = search_site.theme("Mobilités")
    resource = search_site.resource("Plan vélo", themes=[theme], partner=partner,
                                    date=datetime.date(2022, 4, 1))

    document = SearchDocument.objects.get(page=resource)

    assert (document.live, document.year, document.partner_id, document.themes) == (
        True, 2022, partner.pk, [theme.pk])


class QueuedTask:
    """A task queue whose worker has not run yet: Wagtail's indexing of a saved page waits."""

    @staticmethod
    def enqueue(*args, **kwargs):
        return None


def test_unpublishing_hides_a_page_even_before_it_is_indexed_again(search_site, client, monkeypatch):
    """``live`` follows every save of the page, whatever the task queue does with the index."""
    resource = search_site.resource("Friche urbaine : le guide")
    monkeypatch.setattr(modelsearch_signals, "insert_or_update_object_task", QueuedTask)
    resource.live = False
    resource.save(update_fields=["live"])

    assert SearchDocument.objects.get(page=resource).live is False
    assert result_titles(search(client, q="friche")) == []


def test_a_section_made_private_hides_its_pages(search_site, client):
    search_site.resource("Tiers-lieux : le replay")
    PageViewRestriction.objects.create(page=search_site.library, password="x",
                                       restriction_type=PageViewRestriction.PASSWORD)

    assert result_titles(search(client, q="tiers-lieux")) == []

    PageViewRestriction.objects.all().delete()
    assert result_titles(search(client, q="tiers-lieux")) == ["Tiers-lieux : le replay"]


def test_update_index_rebuilds_lost_documents(search_site, client):
    search_site.resource("Revitalisation du centre-bourg")
    SearchDocument.objects.all().delete()
    assert result_titles(search(client, q="revitalisation")) == []

    call_command("update_index", verbosity=0)

    assert result_titles(search(client, q="revitalisation")) == ["Revitalisation du centre-bourg"]


def test_migrate_builds_documents_a_site_lacks(search_site, client):
    search_site.resource("Commerce de proximité : le kit")
    SearchDocument.objects.all().delete()

    ensure_documents()

    assert result_titles(search(client, q="commerce")) == ["Commerce de proximité : le kit"]


def test_deleting_a_page_deletes_its_document(search_site, client):
    resource = search_site.resource("Atlas des friches")
    resource.delete()

    assert not SearchDocument.objects.filter(page_id=resource.pk).exists()
    assert result_titles(search(client, q="atlas")) == []


def test_a_result_card_names_type_date_partner_and_themes(search_site, client):
    partner = search_site.partner("Ordre des architectes")
    search_site.resource("Guide de la maîtrise d'ouvrage", partner=partner, date=datetime.date(2021, 5, 12),
                  themes=[search_site.theme("Urbanisme"), search_site.theme("Architecture")])

    details = [text_of(found) for found in RESULT_DETAILS.findall(search(client, q="maîtrise"))]

    assert len(details) == 1
    assert "Ordre des architectes" in details[0]
    assert details[0].endswith("Architecture · Urbanisme")
    assert "2021" in details[0]


def test_the_snippet_comes_from_the_indexed_text(search_site, issue_factory, client):
    issue_factory(title="Lettre de mars",
                  body=[("texte", "<p>Le maire évoque la <b>ruralité</b> heureuse.</p>")])

    html = search(client, q="ruralité")

    assert "<mark>ruralité</mark> heureuse" in html


def test_a_page_number_past_the_end_shows_the_last_page(search_site, client):
    for number in range(12):
        search_site.resource(f"Fiche commerce {number}")

    html = search(client, q="commerce", page="7")

    assert len(result_titles(html)) == 2
    assert re.search(r'aria-current="page" title="[^"]*">2</a>', html)


def test_a_deleted_partner_leaves_the_facets_working(search_site, client):
    partner = search_site.partner("Agence disparue")
    search_site.resource("Étude de cas : halles", partner=partner)
    partner.delete()

    html = search(client, q="halles")

    assert result_titles(html) == ["Étude de cas : halles"]
    assert facet_counts(html).get("partner", {}) == {}
