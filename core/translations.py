"""A page's versions in the site's languages: the header's language selector, the ``hreflang``
links of the head and the alternates of the sitemap all read them here.

A version counts when it is live and public: a draft or restricted translation is never linked.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page, Site

from .cache.memo import remembered
from .models import public_q


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language selector: where the visitor goes to read the site in ``code``."""

    code: str
    name: str
    url: str
    current: bool


def versions_by_key(translation_keys) -> dict:
    """The live, public versions of pages, in one query: {translation key: {language code: page}}."""
    pages = Page.objects.filter(public_q(), translation_key__in=list(translation_keys)).live()
    grouped: dict = {}
    for version in pages.select_related("locale"):
        grouped.setdefault(version.translation_key, {})[version.locale.language_code] = version
    return grouped


def versions_for_request(page: Page | None, request) -> tuple[dict[str, Page], dict[str, Page]]:
    """(versions of ``page``, versions of the site's home page), by language code: shared by the head's
    ``hreflang`` links and the header's language selector, read once per change of any page."""
    site = Site.find_for_request(request) if request else None
    home_key = site.root_page.translation_key if site else None
    page_key = getattr(page, "translation_key", None) if page is not None else None
    cache_key = (page_key, home_key)
    cached = getattr(request, "_pvd_language_versions", None)
    if cached is not None and cached[0] == cache_key:
        return cached[1]
    keys = [str(key) for key in cache_key if key]
    grouped = remembered("translations:" + ":".join(keys), lambda: versions_by_key(keys), pages=True)
    result = (grouped.get(page_key, {}) if page_key else {}, grouped.get(home_key, {}) if home_key else {})
    if request is not None:
        request._pvd_language_versions = (cache_key, result)
    return result


def alternates(page: Page | None, request) -> list[tuple[str, str]]:
    """(hreflang, full URL) of a page that has a live translation, ``x-default`` (French) last; [] else."""
    if page is None or not getattr(page, "translation_key", None):
        return []
    return alternates_of(versions_for_request(page, request)[0], request)


def alternates_of(versions: dict[str, Page], request) -> list[tuple[str, str]]:
    if len(versions) < 2:
        return []
    codes = [code for code, _name in settings.LANGUAGES if code in versions]
    links = [(code, versions[code].get_full_url(request)) for code in codes]
    default = versions.get(settings.LANGUAGE_CODE)
    if default is not None:
        links.append(("x-default", default.get_full_url(request)))
    return links


def language_links(page: Page | None, request, current_code: str) -> list[LanguageLink]:
    """Each language whose home page is live: the translation of ``page`` when it is live, else
    that language's home page. A language without a live home page is left out."""
    versions, homes = versions_for_request(page, request)
    links = []
    for code, name in settings.LANGUAGES:
        target = versions.get(code) or homes.get(code)
        if target is not None:
            links.append(LanguageLink(code, name, target.get_url(request), code == current_code))
    return links
