"""The query log under concurrent searches: every hit counts, nothing fails."""

import threading

import pytest
from django.db import connection, connections
from wagtail.contrib.search_promotions.models import Query

from search.querylog import record_search

VISITORS = 8


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_simultaneous_searches_for_new_words_all_count():
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL")
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
