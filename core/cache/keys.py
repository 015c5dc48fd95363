"""What a cached page is stored under, and how long it stays valid."""

import datetime
import hashlib
import time
import uuid
from contextvars import ContextVar
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

GENERATION_KEY = "pvd:page-cache:generation"
VIEWS_VERSION = "views"  # the version of the responses no page serves (the search...), purged with any page
# The moment the response being rendered stops being true (an event starts or ends), if any.
VALID_UNTIL: ContextVar[list | None] = ContextVar("page_cache_valid_until", default=None)


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def generation(found: dict | None = None) -> str:
    """The current generation: a random token (a cache emptied or restarted starts a new one, never
    an old one again)."""
    value = (found or {}).get(GENERATION_KEY) or page_cache().get(GENERATION_KEY)
    if value is None:
        page_cache().add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        value = page_cache().get(GENERATION_KEY)
    return value


def bump_generation() -> None:
    """Every cached page becomes stale at once (its entry names the old generation)."""
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def page_version_key(page_id) -> str:
    return f"pvd:page-cache:page:{page_id}"


def purge_page_ids(page_ids) -> None:
    """The cached responses of these pages (and of the views they route: a commune of the directory,
    the iCalendar of an event…) become stale: each page's version number changes."""
    versions = {page_version_key(pk): time.time() for pk in page_ids}
    page_cache().set_many(versions, timeout=settings.PAGE_CACHE_TIMEOUT + 60)  # no entry lives longer


def request_key(request) -> str | None:
    """The key of a request's page (site, path with its language, query), or None when its query string has
    a parameter no page reads (the page is then served uncached: no visitor can fill the cache with
    made-up addresses)."""
    params = []
    if request.META.get("QUERY_STRING"):  # most readers send none: request.GET is not parsed then
        allowed = set(settings.PAGE_CACHE_QUERY_PARAMS)
        params = sorted((name, value) for name in request.GET for value in request.GET.getlist(name))
        if any(name not in allowed for name, _value in params):
            return None
    # The host names the site (as Wagtail finds it), without a query; the path names the language.
    raw = f"{request.get_host()}|{request.path}|{urlencode(params)}"
    return "pvd:page-cache:url:" + hashlib.sha256(raw.encode()).hexdigest()


def valid_until(moment: datetime.datetime | None) -> None:
    """The page being rendered shows something that changes at `moment` (an event starts or ends):
    its cached copy expires then. Called by the models while rendering; nothing happens outside a
    cached request or for a moment already past."""
    moments = VALID_UNTIL.get()
    if moments is not None and moment is not None and moment > timezone.now():
        moments.append(moment)


def signed_urls_lifetime() -> int | None:
    """Seconds the signed addresses of media on S3 stay valid, when pages carry such addresses."""
    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", "") and getattr(settings, "AWS_QUERYSTRING_AUTH", False):
        return settings.AWS_QUERYSTRING_EXPIRE
    return None


def timeout_for(moments: list) -> int:
    """Seconds a response stays cached: the default, or until the first moment it depends on and
    `PAGE_CACHE_TIME_DEPENDENT_TIMEOUT` at most; and half the life of the signed media addresses it
    holds at most (a reader gets the page with its images still valid for as long again)."""
    seconds = settings.PAGE_CACHE_TIMEOUT
    if moments:
        until = int((min(moments) - timezone.now()).total_seconds())
        seconds = min(until, settings.PAGE_CACHE_TIME_DEPENDENT_TIMEOUT)
    lifetime = signed_urls_lifetime()
    if lifetime:
        seconds = min(seconds, lifetime // 2)
    return max(1, seconds)
