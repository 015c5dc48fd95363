"""Running a search over the published public pages of the current language:
promotions first, facets, one page of results.

``run_search`` is what the results page and the benchmark call; it never writes anything
(logging the query is the view's business, see ``querylog``).
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.safestring import SafeString
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from home.pagination import Pagination, paginate

from .facets import Facet, FacetBuilder, FacetSelection, Row, filter_and_count, kind_content_types, read_rows
from .kinds import KINDS_BY_KEY, KINDS_BY_MODEL, ContentKind
from .query import SearchRequest, clean_text, search_terms
from .snippets import Highlighter, make_snippet, searchable_text

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
    """The pages matching the words, best first; all pages newest first when only filters are given."""
    if not request.has_terms:
        return pages.order_by("-first_published_at", "-pk")
    results = get_search_backend().search(request.backend_query(), pages)
    return results.get_queryset()


def find_promotions(request: SearchRequest, pages: QuerySet, http_request=None) -> list[Promotion]:
    if not request.text:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(request.text))
        .select_related("page")
        .order_by("sort_order")
    )
    if not picks:
        return []
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


def load_results(rows: list[Row], highlighter: Highlighter, http_request=None) -> list[Result]:
    """The specific pages of one results page, one query per kind, in the given order."""
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row.pk)
    pages = {}
    for key, ids in by_kind.items():
        pages.update({page.pk: page for page in KINDS_BY_KEY[key].get_queryset().filter(pk__in=ids)})
    results = []
    for row in rows:
        page = pages.get(row.pk)
        if page is None:
            continue
        kind = KINDS_BY_KEY[row.kind]
        results.append(Result(
            page=page,
            kind=kind,
            url=page.get_url(http_request) or "",
            title=highlighter.mark(page.title),
            snippet=make_snippet(searchable_text(page), highlighter),
            details=kind.describe(page),
        ))
    return results


def run_search(request: SearchRequest, base_url: str, http_request=None) -> SearchOutcome:
    outcome = SearchOutcome(request)
    if request.is_blank:
        return outcome
    locale = Locale.get_active()
    pages = searchable_pages(locale)
    selection = FacetSelection(request, locale, pages)
    if request.has_terms and request.page_number == 1:
        outcome.promotions = find_promotions(request, pages, http_request)
    rows = read_rows(matched_pages(request, pages), with_themes=selection.needs_row_themes)
    promoted = {promotion.page_id for promotion in outcome.promotions if promotion.page_id}
    kept, counts = filter_and_count(rows, selection)
    outcome.facets = FacetBuilder(request, selection, base_url).build(counts)
    outcome.total = len(kept)
    outcome.pagination = paginate(kept, request.page_number, RESULTS_PER_PAGE, params=request.params)
    highlighter = Highlighter(request.terms)
    results = load_results(list(outcome.pagination.object_list), highlighter, http_request)
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
