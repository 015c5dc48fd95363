"""A page's versions in the site's languages: the header's language selector, the ``hreflang``
links of the head and the alternates of the sitemap all read them here.

A version counts when it is live and public: a draft or restricted translation is never linked.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page, Site

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


def visible_versions(page: Page, request=None, also=()) -> dict[str, Page]:
    """The live, public versions of ``page`` (itself included), by language code; read once per
    request for it and the pages of ``also`` (the header and the head both ask)."""
    memo = getattr(request, "_pvd_versions", None) if request is not None else None
    if memo is None or page.translation_key not in memo:
        keys = [page.translation_key, *(other.translation_key for other in also)]
        memo = {**(memo or {}), **{key: {} for key in keys}, **versions_by_key(keys)}
        if request is not None:
            request._pvd_versions = memo
    return memo.get(page.translation_key, {})


def alternates(page: Page | None, request) -> list[tuple[str, str]]:
    """(hreflang, full URL) of a page that has a live translation, ``x-default`` (French) last; [] else."""
    if page is None or not getattr(page, "translation_key", None):
        return []
    site = Site.find_for_request(request) if request else None
    return alternates_of(visible_versions(page, request, also=[site.root_page] if site else []), request)


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
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    has_versions = page is not None and getattr(page, "translation_key", None)
    versions = visible_versions(page, request, also=[site.root_page]) if has_versions else {}
    homes = visible_versions(site.root_page, request)
    links = []
    for code, name in settings.LANGUAGES:
        target = versions.get(code) or homes.get(code)
        if target is not None:
            links.append(LanguageLink(code, name, target.get_url(request), code == current_code))
    return links
