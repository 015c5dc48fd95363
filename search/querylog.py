"""Logging searches so editors see popular queries and queries that find nothing."""

from django.db import transaction
from django.db.models import F
from wagtail.contrib.search_promotions.models import Query

from .models import SearchTermStat


def record_search(text: str, result_count: int) -> None:
    """One hit for the query (Wagtail's log, used by promotions) and its latest result count."""
    if not text:
        return
    with transaction.atomic():
        query = Query.get(text)
        query.add_hit()
        stat, _created = SearchTermStat.objects.get_or_create(query=query)
        stat.last_result_count = result_count
        if result_count == 0:
            stat.zero_result_searches = F("zero_result_searches") + 1
        stat.save()
