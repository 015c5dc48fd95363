"""What a visitor or a subscriber may see of a page: published and without a view restriction (login,
password or groups) on it or on an ancestor. A restricted page behaves like a draft wherever the site
shows it outside its own address: issue blocks, links, listings, facets.

The paths of the restricted pages (a handful) are kept in the cache, so that a listing checks its
cards without a query each; saving or deleting a restriction forgets them (``forget_restrictions``).
"""

from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

CACHE_KEY = "core:restricted-page-paths"
CACHE_SECONDS = 300


def restricted_paths() -> tuple[str, ...]:
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, CACHE_SECONDS)
    return paths


def forget_restrictions(**kwargs) -> None:
    cache.delete(CACHE_KEY)


def is_public(page: Page | None) -> bool:
    """Published and not restricted, itself or through an ancestor."""
    if page is None or not page.live:
        return False
    return not any(page.path.startswith(path) for path in restricted_paths())


def public_or_none(page: Page | None) -> Page | None:
    return page if is_public(page) else None


class PublicRelatedFields(index.RelatedFields):
    """``index.RelatedFields`` of a page chosen by another (a resource's partner, an event's organiser): its
    text joins the other page's indexed text (Wagtail's index and the site search's documents) only while a
    visitor may see it; a restricted partner is not found through, nor quoted by, the pages naming it."""

    def get_value(self, obj):
        return public_or_none(super().get_value(obj))
