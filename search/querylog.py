"""Logging searches so editors see popular queries and queries that find nothing.

Three upserts, no read: the query in Wagtail's log (used by promotions), its hit of the day, and
its latest result count. Each statement is atomic on its own, so two visitors searching the same
words at once both count.
"""

from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import SearchTermStat


def record_search(text: str, result_count: int) -> None:
    """One hit for the query (Wagtail's log, used by promotions) and its latest result count."""
    query_string = normalise_query_string(text or "")
    if not query_string:
        return
    now = timezone.now()
    queries, hits, stats = (model._meta.db_table for model in (Query, QueryDailyHits, SearchTermStat))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {queries} (query_string) VALUES (%s) "  # noqa: S608 - table names from the models
            "ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string RETURNING id",
            [query_string],
        )
        query_id = cursor.fetchone()[0]
        cursor.execute(
            f"INSERT INTO {hits} (query_id, date, hits) VALUES (%s, %s, 1) "  # noqa: S608
            f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {hits}.hits + 1",
            [query_id, connection.ops.adapt_datefield_value(now.date())],  # the day as add_hit counts it
        )
        cursor.execute(
            f"INSERT INTO {stats} (query_id, last_result_count, zero_result_searches, last_searched_at) "  # noqa: S608
            "VALUES (%s, %s, %s, %s) ON CONFLICT (query_id) DO UPDATE SET "
            "last_result_count = EXCLUDED.last_result_count, last_searched_at = EXCLUDED.last_searched_at, "
            f"zero_result_searches = {stats}.zero_result_searches + EXCLUDED.zero_result_searches",
            [query_id, result_count, int(result_count == 0), connection.ops.adapt_datetimefield_value(now)],
        )
