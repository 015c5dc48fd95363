"""Values many pages read and that change only with the content: the site texts of a language, the
translations of a page, the rendered body of an issue. They are kept in the page cache's store under
the current generation (a change of a site-wide model starts a new one) and, for those that depend
on pages, the version that every purge of a page changes: an uncached page then reads them without a
query, and they are never older than the cached pages themselves.
"""

import time

from django.conf import settings

from .keys import (
    GENERATION_KEY,
    VALID_UNTIL,
    VIEWS_VERSION,
    generation,
    page_cache,
    page_version_key,
    timeout_for,
    valid_until,
)

PAGES_VERSION = page_version_key(VIEWS_VERSION)  # set again by every purge of pages (core.cache.invalidation)


def memo_key(cache, name: str, pages: bool) -> str:
    """The key of `name` under the current generation (and the pages' version when `pages`)."""
    found = cache.get_many([GENERATION_KEY, PAGES_VERSION] if pages else [GENERATION_KEY])
    return f"pvd:memo:{generation(found)}:{found.get(PAGES_VERSION, 0)}:{name}"


def forget(name: str, pages: bool = False) -> None:
    """Drop the value kept under `name` at once (the rest of the transaction that changed it reads the
    change; the purge on commit covers what other requests read meanwhile)."""
    cache = page_cache()
    cache.delete(memo_key(cache, name, pages))


def remembered(name: str, compute, *, pages: bool = False):
    """`compute()`, or its value kept since the last site-wide change (and the last purge of any page
    when `pages`). The versions are read before computing: a change committed meanwhile stores the
    value under a version nobody asks for any more."""
    cache = page_cache()
    key = memo_key(cache, name, pages)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=settings.PAGE_CACHE_TIMEOUT)
    return value


def kept_html(name: str) -> str | None:
    """The HTML fragment kept under `name` (`keep_html`), None when there is none or it has expired;
    the moments it depends on are replayed, so that a cached page built around it expires too."""
    cache = page_cache()
    entry = cache.get(memo_key(cache, name, pages=True))
    if entry is None or entry["expires_at"] <= time.time():
        return None
    for moment in entry["moments"]:
        valid_until(moment)
    return entry["html"]


def keep_html(name: str, render) -> str:
    """`render()`, an HTML fragment, kept like `remembered(pages=True)` values, and no longer than the
    first moment it depends on (`valid_until`: an event that starts or ends)."""
    cache = page_cache()
    key = memo_key(cache, name, pages=True)
    moments = []
    token = VALID_UNTIL.set(moments)
    try:
        html = render()
    finally:
        VALID_UNTIL.reset(token)
    timeout = timeout_for(moments)
    cache.set(key, {"html": html, "moments": moments, "expires_at": time.time() + timeout}, timeout=timeout)
    for moment in moments:
        valid_until(moment)
    return html
