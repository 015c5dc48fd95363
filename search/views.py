"""The results page (/recherche/?q=…) and the suggestions of the search bar (/recherche/suggestions/?q=…)."""

from operator import attrgetter

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from core.collation import french_sorted
from ressources.models import ResourceIndexPage, Theme

from .engine import run_search, suggest
from .query import SearchRequest
from .querylog import record_search


def browse_suggestions(locale: Locale) -> dict:
    """Where to go when a search finds nothing: the themes and the resource library."""
    return {
        "themes": french_sorted(Theme.objects.filter(locale=locale).only("name", "slug"), attrgetter("name")),
        "library": ResourceIndexPage.objects.live().public().filter(locale=locale).first(),
    }


@require_safe
def search_view(request):
    search_request = SearchRequest.from_querydict(request.GET)
    outcome = run_search(search_request, base_url=request.path, http_request=request)
    if search_request.has_terms and search_request.page_number == 1 and not search_request.has_filters:
        record_search(search_request.text, outcome.total)
    context = {"search": search_request, "outcome": outcome}
    if not outcome.has_results:
        context.update(browse_suggestions(Locale.get_active()))
    return TemplateResponse(request, "search/results.html", context)


@require_safe
def suggestions_view(request):
    text = request.GET.get("q", "")
    return JsonResponse({"results": suggest(text, http_request=request)})
