"""Logging searches so editors see popular queries and queries that find nothing.

The hit goes into Wagtail's query log (``Query.add_hit``, per day; promotions use the same
queries), the result count beside it (``SearchTermStat``). Every counter is raised with an
``F()`` expression in the database, and ``get_or_create`` settles two first searches of the same
words at once: simultaneous searches all count.
"""

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from .models import SearchTermStat


def record_search(text: str, result_count: int) -> None:
    """One hit for the query and its latest result count."""
    if not normalise_query_string(text or ""):
        return
    query = Query.get(text)
    query.add_hit()
    changes = {"last_result_count": result_count, "last_searched_at": timezone.now(),
               "zero_result_searches": F("zero_result_searches") + int(result_count == 0)}
    if not SearchTermStat.objects.filter(query=query).update(**changes):  # the first search of these words
        SearchTermStat.objects.get_or_create(query=query)
        SearchTermStat.objects.filter(query=query).update(**changes)
