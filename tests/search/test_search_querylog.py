"""The query log and the editors' report of what visitors search."""

import csv
import datetime
import io
import threading

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connections
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from search.querylog import record_search
from tests.search.reading import results_page as search
from tests.search.reading import soup, text_of

VISITORS = 8


def test_searches_are_logged_with_their_result_counts_but_not_their_pages(search_site, client):
    search_site.resource("Guide des friches")

    search(client, q="Guide")
    search(client, q="guide")
    search(client, q="zzzinconnu")
    search(client, q="guide", page="2")  # paging is not a new search

    assert Query.get("guide").hits == 2
    assert Query.get("guide").result_stat.last_result_count == 1
    assert Query.get("zzzinconnu").result_stat.zero_result_searches == 1


@pytest.mark.postgres_only(reason="concurrent writers need PostgreSQL (SQLite locks the whole file)")
@pytest.mark.django_db(transaction=True)
def test_simultaneous_searches_for_new_words_all_count():
    start = threading.Barrier(VISITORS)
    errors = []

    def visitor(count):
        try:
            start.wait()
            record_search("Friches commerciales", count)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=visitor, args=(number % 2,)) for number in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    query = Query.objects.get(query_string="friches commerciales")
    assert query.hits == VISITORS
    assert query.result_stat.zero_result_searches == VISITORS // 2


def report_rows(client, **params):
    response = client.get(reverse("search_terms_report"), {"export": "csv", **params})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content if response.streaming else [response.content])
    return list(csv.reader(io.StringIO(lines.decode("utf-8-sig"))))[1:]


@pytest.fixture
def editor(django_user_model):
    """An editor who manages promoted search results, not an administrator."""
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
    page = soup(client.get(reverse("search_terms_report")).content.decode())
    assert "Recherches des visiteurs" in text_of(page.select_one("h1"))
    assert "zzzinconnu" in text_of(page.select_one("table"))


def test_the_date_filter_counts_only_the_hits_of_the_chosen_days(client, editor):
    query = Query.get("tiers-lieux")
    days = [datetime.date(2021, 5, 10), datetime.date(2021, 5, 11), datetime.date(2021, 5, 12)]
    for day in days:
        for _ in range(5):
            query.add_hit(date=day)
    client.force_login(editor)

    assert report_rows(client) == [["tiers-lieux", "15", "", ""]]
    assert report_rows(client, hit_date_from="2021-05-11", hit_date_to="2021-05-12") == [
        ["tiers-lieux", "10", "", ""]]
    assert report_rows(client, hit_date_from="2021-05-13") == []


def test_the_search_terms_report_is_refused_to_editors_without_promotion_rights(client, django_user_model):
    user = django_user_model.objects.create_user("lecteur", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(reverse("search_terms_report"))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
