"""`AnonymousPageCacheMiddleware`: whole pages for readers without a session, from the cache.

Placed after the security and static-file middlewares and before every other one: a hit skips the
sessions, the language, CSRF, authentication, CSP…, and replays the headers they had added to the
stored response (the language is the path's: French without prefix, English under /en/). A hit
reads the shared cache once (the generation and the page's version; the page itself too when this
process has no copy of it) and touches no database.
"""

import gzip
import hashlib
import time
from collections import OrderedDict

from django.conf import settings
from django.http import HttpResponse
from django.http.response import ResponseHeaders
from django.utils.cache import get_conditional_response, patch_vary_headers

from .keys import (
    GENERATION_KEY,
    VALID_UNTIL,
    VIEWS_VERSION,
    generation,
    page_cache,
    page_version_key,
    request_key,
    timeout_for,
)

# Headers not replayed from a stored response: computed again for each one.
NOT_KEPT_HEADERS = {
    "set-cookie",
    "content-length",
    "content-encoding",
    "etag",
    "cache-control",
    "vary",
    "x-page-cache",
    "date",
}


def cacheable_request(request) -> bool:
    if request.method != "GET" or not settings.PAGE_CACHE_ENABLED:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # an editor, a preview, a form's message...
        return False
    return not any(request.path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PATHS)


def cacheable_response(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with a CSRF token
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
    )


def accepts_gzip(request) -> bool:
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")  # request.headers is built per access


def vary_names(vary: str) -> list[str]:
    """The page's own `Vary` names plus Accept-Encoding and Cookie, each once (Django's
    `patch_vary_headers` does not remove repeats from the names it is given)."""
    names = {}
    for name in [*vary.split(","), "Accept-Encoding", "Cookie"]:
        if name.strip():
            names.setdefault(name.strip().lower(), name.strip())
    return list(names.values())


def finish(request, response, etag: str, vary: str = ""):
    """Headers of every cacheable page: browsers revalidate each time (`no-cache`) with the ETag
    (weak: the gzip and the plain bodies are the same page)."""
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"
    patch_vary_headers(response, vary_names(vary))
    return get_conditional_response(request, etag=etag, response=response)


CONDITIONAL_HEADERS = {
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
}


def hit_headers(entry, compressed: bool) -> ResponseHeaders:
    """The headers of a hit on `entry` (what `finish` gives), built once per process copy of the entry
    and copied for each hit: a hit then validates and encodes no header."""
    name = "headers_gzip" if compressed else "headers_plain"
    if name not in entry:
        response = HttpResponse()
        for header, value in entry["headers"].items():
            response[header] = value
        if compressed:
            response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(entry["gzip"] if compressed else entry["plain"]))
        response["X-Page-Cache"] = "hit"
        response["ETag"] = entry["etag"]
        response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, vary_names(entry.get("vary", "")))
        entry[name] = response.headers
    headers = ResponseHeaders({})
    headers._store = entry[name]._store.copy()  # the validated (name, value) pairs, as they are
    return headers


def version_key_of(entry) -> str:
    return page_version_key(entry["page"] or VIEWS_VERSION)


def is_fresh(entry, found: dict) -> bool:
    """Of the current generation, not expired, rendered after the last purge of its page."""
    return (
        entry["generation"] == found[GENERATION_KEY]
        and entry["expires_at"] > time.time()
        and (found.get(version_key_of(entry)) or 0) < entry["started_at"]
    )


class LocalEntries:
    """The latest entries this process served, so that a hit reads two small values from the shared
    cache instead of the whole page (and ungzips it once), and none at all when it did so less than
    PAGE_CACHE_CHECK_INTERVAL ago (a purge by another process shows after that delay at most; a
    purge by this one clears them at once)."""

    def __init__(self, size: int = 300):
        self.size = size
        self.entries: OrderedDict = OrderedDict()
        self.checked_at: dict = {}

    def recently_checked(self, key) -> bool:
        """Whether the entry was found fresh in the shared cache within PAGE_CACHE_CHECK_INTERVAL."""
        return time.monotonic() - self.checked_at.get(key, -1e9) < settings.PAGE_CACHE_CHECK_INTERVAL

    def checked(self, key):
        self.checked_at[key] = time.monotonic()

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key, entry):
        self.entries[key] = entry
        self.entries.move_to_end(key)
        self.checked_at.pop(key, None)
        while len(self.entries) > self.size:
            old, _entry = self.entries.popitem(last=False)
            self.checked_at.pop(old, None)

    def clear(self):
        self.entries.clear()
        self.checked_at.clear()


LOCAL = LocalEntries()


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        key = request_key(request)
        if key is None:
            return self.get_response(request)
        cache = page_cache()
        entry = LOCAL.get(key)  # this process's copy: only the generation and the version are read
        if entry is not None and LOCAL.recently_checked(key) and entry["expires_at"] > time.time():
            return self.from_entry(request, entry)  # found fresh in the shared cache a moment ago
        wanted = [GENERATION_KEY, version_key_of(entry)] if entry else [GENERATION_KEY, key]
        found = cache.get_many(wanted)
        if entry is None and key in found:
            entry = found[key]
            found[version_key_of(entry)] = cache.get(version_key_of(entry))
            LOCAL.put(key, entry)
        found[GENERATION_KEY] = generation(found)
        if entry is not None and is_fresh(entry, found):
            LOCAL.checked(key)
            return self.from_entry(request, entry)
        if entry is not None:  # this process's copy is stale: another may have rendered a fresh one
            shared = cache.get(key)
            if shared is not None and shared["started_at"] > entry["started_at"]:
                found[version_key_of(shared)] = cache.get(version_key_of(shared))
                if is_fresh(shared, found):
                    LOCAL.put(key, shared)
                    return self.from_entry(request, shared)
        return self.render_and_store(request, cache, key, found[GENERATION_KEY])

    def render_and_store(self, request, cache, key, generation):
        started_at = time.time()
        moments = []
        token = VALID_UNTIL.set(moments)
        try:
            response = self.get_response(request)
        finally:
            VALID_UNTIL.reset(token)
        if not cacheable_response(request, response):
            return response
        content = response.content
        etag = 'W/"' + hashlib.md5(content, usedforsecurity=False).hexdigest() + '"'
        entry = {
            "generation": generation,
            "started_at": started_at,
            "page": getattr(request, "page_cache_page_id", None),
            "etag": etag,
            "headers": {
                name: value for name, value in response.items() if name.lower() not in NOT_KEPT_HEADERS
            },
            "vary": response.get("Vary", ""),
            "gzip": gzip.compress(content, compresslevel=6),
        }
        timeout = timeout_for(moments)
        entry["expires_at"] = time.time() + timeout
        cache.set(key, entry, timeout=timeout)
        LOCAL.put(key, {**entry, "plain": content})
        return finish(request, self.compressed(request, response, entry), etag)

    def from_entry(self, request, entry):
        compressed = accepts_gzip(request)
        if not compressed and "plain" not in entry:
            entry["plain"] = gzip.decompress(entry["gzip"])
        response = HttpResponse(entry["gzip"] if compressed else entry["plain"])
        response.headers = hit_headers(entry, compressed)
        if CONDITIONAL_HEADERS.isdisjoint(request.META):
            return response
        return get_conditional_response(request, etag=entry["etag"], response=response)

    @staticmethod
    def compressed(request, response, entry):
        if accepts_gzip(request):
            response.content = entry["gzip"]
            response["Content-Encoding"] = "gzip"
            # CommonMiddleware gave the length of the plain body: a client reading that many bytes of
            # the gzip body waits for bytes that never come (IncompleteRead).
            response["Content-Length"] = str(len(response.content))
        response["X-Page-Cache"] = "miss"
        return response
