"""Running a search over the published public pages of the current language:
promotions first, facets, one page of results.

``run_search`` is what the results page and the benchmark call; it never writes anything
(logging the query is the view's business, see ``querylog``).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import QuerySet
from django.utils.safestring import SafeString
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText
from wagtail.search.utils import normalise_query_string

from core.collation import french_key
from core.pagination import Pagination, paginate_counted
from ressources.models import Theme

from .documents import PREFIX_CONFIG
from .facets import Facet, FacetBuilder, FacetSelection, count_facets
from .kinds import KINDS_BY_KEY, KINDS_BY_MODEL, ContentKind, kind_content_types
from .matching import Hit, words_for
from .models import SearchDocument
from .query import SearchRequest, clean_text, search_terms

RESULTS_PER_PAGE = 10
SUGGESTIONS_LIMIT = 8


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


def visible_documents(locale: Locale) -> QuerySet:
    """The documents an anonymous visitor may find: published, outside private sections, this language."""
    return SearchDocument.objects.filter(locale=locale, live=True, public=True)


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
    visible = set(visible_documents(locale).filter(page_id__in=[p.page_id for p in picks if p.page_id])
                  .values_list("page_id", flat=True))
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


def load_results(hits: list[Hit], partners: dict[int, str], themes: dict[int, str],
                 http_request=None) -> list[Result]:
    """The specific pages of one results page, one query per kind, in order. ``partners`` and
    ``themes``: {id: name} of those the hits may name."""
    kinds = kind_content_types()
    by_kind: dict[str, list[int]] = {}
    for hit in hits:
        by_kind.setdefault(kinds[hit.content_type_id], []).append(hit.page_id)
    pages = {}
    for key, ids in by_kind.items():
        queryset = KINDS_BY_KEY[key].model.objects.filter(pk__in=ids).defer_streamfields()
        pages.update({page.pk: page for page in queryset})
    results = []
    for hit in hits:
        page = pages.get(hit.page_id)
        if page is None:
            continue
        kind = KINDS_BY_KEY[kinds[hit.content_type_id]]
        named_themes = sorted((themes[pk] for pk in hit.theme_ids if pk in themes), key=french_key) \
            if kind.lists_themes else []
        results.append(Result(
            page=page,
            kind=kind,
            url=page.get_url(http_request) or "",
            title=hit.title,
            snippet=hit.snippet,
            details=kind.describe(page, partners.get(hit.partner_id, "")) + named_themes,
        ))
    return results


def partner_labels(ids) -> dict[int, tuple[str, str]]:
    """{id: (title, slug)} of the counted partners (a few lookups by primary key)."""
    # Live and public only: a restricted partner is not named, as a draft is not (core.visibility).
    return {pk: (title, slug) for pk, title, slug in
            Page.objects.live().public().filter(pk__in=list(ids)).values_list("pk", "title", "slug")}


def run_search(request: SearchRequest, base_url: str, http_request=None) -> SearchOutcome:
    outcome = SearchOutcome(request)
    if request.is_blank:
        return outcome
    locale = Locale.get_active()
    themes = list(Theme.objects.filter(locale=locale).only("pk", "name", "slug"))
    selection = FacetSelection(request, locale, themes)
    chosen = selection.chosen()
    if request.has_terms and request.page_number == 1:
        outcome.promotions = find_promotions(request, locale, http_request)
    words = words_for(request.terms, locale)
    documents = words.filter(visible_documents(locale))
    counts, outcome.total = count_facets(documents, chosen)
    last_page = max(1, -(-outcome.total // RESULTS_PER_PAGE))
    page_number = min(request.page_number, last_page)
    hits = words.page(documents.filter(chosen.q()), (page_number - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE)
    labels = {"theme": selection.labels["theme"], "partner": partner_labels(counts["partner"])}
    kinds = kind_content_types()
    counts["type"] = Counter({kinds[pk]: count for pk, count in counts["type"].items() if pk in kinds})
    outcome.facets = FacetBuilder(request, selection, base_url).build(counts, labels)
    outcome.pagination = paginate_counted(outcome.total, page_number, hits, RESULTS_PER_PAGE,
                                          params=request.params)
    promoted = {promotion.page_id for promotion in outcome.promotions if promotion.page_id}
    results = load_results(hits, {pk: name for pk, (name, _slug) in labels["partner"].items()},
                           {pk: name for pk, (name, _slug) in labels["theme"].items()}, http_request)
    outcome.results = [result for result in results if result.page.pk not in promoted]
    return outcome


def suggest(text: str, http_request=None, limit: int = SUGGESTIONS_LIMIT) -> list[dict]:
    """Titles with words starting with the typed ones, for the search bar (accents ignored)."""
    terms = search_terms(clean_text(text))
    if not terms:
        return []
    locale = Locale.get_active()
    if connection.vendor == "postgresql":
        prefixes = SearchQuery(" & ".join(f"'{term}':*" for term in terms), config=PREFIX_CONFIG,
                               search_type="raw")
        ids = list(visible_documents(locale).filter(title_prefixes=prefixes)
                   .order_by("title").values_list("page_id", flat=True)[:limit])
        pages = sorted(Page.objects.filter(pk__in=ids).defer_streamfields().specific(),
                       key=lambda page: ids.index(page.pk))
    else:
        visible = Page.objects.filter(pk__in=visible_documents(locale).values("page_id"))
        query = PlainText(" ".join(terms), operator="and")
        pages = [page.specific for page in get_search_backend().autocomplete(query, visible)[:limit]]
    suggestions = []
    for page in pages:
        kind = KINDS_BY_MODEL.get(type(page))
        suggestions.append({
            "title": page.title,
            "url": page.get_url(http_request) or "",
            "type": str(kind.label) if kind else "",
        })
    return suggestions
