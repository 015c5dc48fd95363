"""Running a search over the published public pages of the current language:
promotions first, facets, one page of results.

``run_search`` is what the results page and the benchmark call; it never writes anything
(logging the query is the view's business, see ``querylog``).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet
from django.utils.safestring import SafeString
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.pagination import Pagination, paginate_counted

from . import counting
from .facets import Facet, FacetBuilder, FacetSelection
from .kinds import KINDS_BY_KEY, KINDS_BY_MODEL, ContentKind, kind_content_types
from .query import SearchRequest, clean_text, search_terms
from .snippets import Highlighter, make_snippet

RESULTS_PER_PAGE = 10
SUGGESTIONS_LIMIT = 8


def searchable_pages(locale: Locale | None = None) -> QuerySet:
    """Every page the search may show an anonymous visitor: published, not private, of a searched kind."""
    locale = locale or Locale.get_active()
    return Page.objects.live().public().filter(locale=locale, content_type__in=list(kind_content_types()))


@dataclass(frozen=True)
class Result:
    page: Page
    kind: ContentKind
    url: str
    title: SafeString
    snippet: SafeString
    details: list[str]


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str
    kind: ContentKind | None = None
    page_id: int | None = None


@dataclass
class SearchOutcome:
    request: SearchRequest
    total: int = 0
    pagination: Pagination | None = None
    results: list[Result] = field(default_factory=list)
    promotions: list[Promotion] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)

    @property
    def has_results(self) -> bool:
        return bool(self.total or self.promotions)

    @property
    def visible_facets(self) -> list[Facet]:
        return [facet for facet in self.facets if facet.options]

    @property
    def active_filters(self) -> list:
        return [option for facet in self.facets for option in facet.selected_options]


def matched_pages(request: SearchRequest, pages: QuerySet) -> QuerySet:
    """The pages matching the words, best first, by Wagtail's backend (the SQLite path)."""
    return get_search_backend().search(request.backend_query(), pages).get_queryset()


def find_promotions(request: SearchRequest, locale: Locale, http_request=None) -> list[Promotion]:
    if not request.text:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(request.text))
        .select_related("page")
        .order_by("sort_order")
    )
    if not picks:
        return []
    pages = searchable_pages(locale)
    visible = set(pages.filter(pk__in=[p.page_id for p in picks if p.page_id]).values_list("pk", flat=True))
    promotions = []
    for pick in picks:
        if pick.page_id and pick.page_id in visible:
            kind = KINDS_BY_MODEL.get(pick.page.specific_class)
            promotions.append(Promotion(pick.page.title, pick.page.get_url(http_request) or "",
                                        pick.description, kind, pick.page_id))
        elif not pick.page_id and pick.external_link_url:
            promotions.append(Promotion(pick.external_link_text or pick.external_link_url,
                                        pick.external_link_url, pick.description))
    return promotions


def load_results(hits: list[counting.Hit], highlighter: Highlighter, labels: dict[str, dict],
                 kinds: dict[int, str], http_request=None) -> list[Result]:
    """The specific pages of one results page, one query per kind, in order. ``labels``: the names
    of the partners and themes of the hits ({"theme"|"partner": {id: (name, slug)}}); ``kinds``:
    {content type id: kind key}. The snippet is cut from the text the index keeps of the page."""
    by_kind: dict[str, list[int]] = {}
    for hit in hits:
        by_kind.setdefault(kinds[hit.content_type_id], []).append(hit.page_id)
    pages = {}
    for key, ids in by_kind.items():
        queryset = KINDS_BY_KEY[key].get_queryset().filter(pk__in=ids).defer_streamfields()
        pages.update({page.pk: page for page in queryset})
    results = []
    for hit in hits:
        page = pages.get(hit.page_id)
        if page is None:
            continue
        kind = KINDS_BY_KEY[kinds[hit.content_type_id]]
        themes = sorted((labels["theme"][pk][0] for pk in hit.theme_ids if pk in labels["theme"]),
                        key=str.lower)
        partner = labels["partner"].get(hit.partner_id, ("", ""))[0] if hit.partner_id else ""
        results.append(Result(
            page=page,
            kind=kind,
            url=page.get_url(http_request) or "",
            title=highlighter.mark(page.title),
            snippet=make_snippet(hit.text or "", highlighter),
            details=kind.describe(page, partner) + (themes if kind.lists_themes else []),
        ))
    return results


def matched_documents(request: SearchRequest, locale: Locale) -> counting.Source:
    """The documents the words match, or every visible one when only filters are given."""
    visible = counting.Visibility(locale.pk)
    if not request.has_terms:
        return counting.everything(visible)
    if connection.vendor == "postgresql":
        config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") or "simple"
        return counting.words_on_postgres(request.terms, config, visible)
    # Visibility is checked by the statement itself, as on PostgreSQL.
    ids = list(matched_pages(request, Page.objects.filter(locale=locale)).values_list("pk", flat=True))
    return counting.ranked_ids(ids, visible)


def run_search(request: SearchRequest, base_url: str, http_request=None) -> SearchOutcome:
    outcome = SearchOutcome(request)
    if request.is_blank:
        return outcome
    locale = Locale.get_active()
    selection = FacetSelection(request, locale)
    if request.has_terms and request.page_number == 1:
        outcome.promotions = find_promotions(request, locale, http_request)
    tally = counting.tally(matched_documents(request, locale), selection.chosen(),
                           request.page_number, RESULTS_PER_PAGE)
    kinds = kind_content_types()
    counts = {**tally.counts, "type": Counter({kinds[pk]: count for pk, count in tally.counts["type"].items()
                                                if pk in kinds})}
    outcome.facets = FacetBuilder(request, selection, base_url).build(counts, tally.labels)
    outcome.total = tally.total
    outcome.pagination = paginate_counted(tally.total, tally.page_number, tally.page, RESULTS_PER_PAGE,
                                          params=request.params)
    promoted = {promotion.page_id for promotion in outcome.promotions if promotion.page_id}
    results = load_results(tally.page, Highlighter(request.terms), tally.labels, kinds, http_request)
    outcome.results = [result for result in results if result.page.pk not in promoted]
    return outcome


def suggest(text: str, http_request=None, limit: int = SUGGESTIONS_LIMIT) -> list[dict]:
    """Titles starting with the typed words, for the search bar."""
    cleaned = clean_text(text)
    request = SearchRequest(text=cleaned, terms=search_terms(cleaned))
    if not request.terms:
        return []
    results = get_search_backend().autocomplete(request.backend_query(), searchable_pages())[:limit]
    suggestions = []
    for page in results:
        kind = KINDS_BY_MODEL.get(page.specific_class)
        suggestions.append({
            "title": page.title,
            "url": page.get_url(http_request) or "",
            "type": str(kind.label) if kind else "",
        })
    return suggestions
