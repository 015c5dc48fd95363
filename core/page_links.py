"""Page links in rich text, expanded with the pages a caller already loaded (`core.rich_text`).

Wagtail's handler reads the linked pages of each rich text in queries of their own (the pages, then
their specific rows) and the active locale once per link; this one takes the preloaded pages and
needs no query for the active locale when the pages came with theirs. Registered by core's wagtail_hooks.
"""

from django.utils import translation
from django.utils.html import escape
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler as WagtailPageLinkHandler

from .rich_text import PRELOADED_PAGES, as_id


class PageLinkHandler(WagtailPageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        known = PRELOADED_PAGES.get() or {}
        missing = [attrs for attrs in attrs_list if as_id(attrs.get("id")) not in known]
        found = dict(known)
        if missing:
            found.update({page.pk: page for page in super().get_many(missing) if page is not None})
        return [found.get(as_id(attrs.get("id"))) for attrs in attrs_list]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        pages = cls.get_many(attrs_list)
        return [f'<a href="{escape(localized(page).url)}">' if page else "<a>" for page in pages]


def localized(page):
    """`page.localized` without a query when the page came with its locale and is in the active
    language (Wagtail reads the active locale for every link)."""
    if Page.locale.is_cached(page):
        try:
            active = get_supported_content_language_variant(translation.get_language())
        except LookupError:
            return page.localized
        if page.locale.language_code == active:
            return page
    return page.localized
