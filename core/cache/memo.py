"""Values many pages read and that change only with the content: the site texts of a language, the
translations of a page. They are kept in the page cache's store under the current generation (a
change of a site-wide model starts a new one) and, for those that depend on pages, the version that
every purge of a page changes: an uncached page then reads them without a query, and they are never
older than the cached pages themselves.
"""

from django.conf import settings

from .keys import GENERATION_KEY, VIEWS_VERSION, generation, page_cache, page_version_key

PAGES_VERSION = page_version_key(VIEWS_VERSION)  # set again by every purge of pages (core.cache.invalidation)


def remembered(name: str, compute, *, pages: bool = False):
    """`compute()`, or its value kept since the last site-wide change (and the last purge of any page
    when `pages`). The versions are read before computing: a change committed meanwhile stores the
    value under a version nobody asks for any more."""
    cache = page_cache()
    found = cache.get_many([GENERATION_KEY, PAGES_VERSION] if pages else [GENERATION_KEY])
    key = f"pvd:memo:{generation(found)}:{found.get(PAGES_VERSION, 0)}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=settings.PAGE_CACHE_TIMEOUT)
    return value
