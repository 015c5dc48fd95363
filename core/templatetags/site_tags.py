"""Site-wide navigation shared by every page: main menu, breadcrumb, subscription link."""

from django import template
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page, Site

from core import meta
from core.cache.memo import remembered

register = template.Library()


def site_root(context):
    """The home page of the request's site, in the language of the page shown (without a page, an
    error page for instance: in the language of the address, when that home page is live)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    page = context.get("page")
    if page is not None and getattr(page, "locale_id", None):
        if root.locale_id != page.locale_id:
            root = root.get_translation_or_none(page.locale) or root
        return root
    return root.localized


def root_children(context) -> tuple:
    """The home page of the site and its live children (of their own type, their own fields left
    unread), read once per change of any page: the header's menu, the footer's links and the
    directory of communes come from them."""
    request = context.get("request")
    cached = getattr(request, "_pvd_root_children", None) if request is not None else None
    if cached is None:
        root = site_root(context)
        cached = (root, remembered(f"menu:{root.pk}", lambda: menu_pages(root), pages=True) if root else [])
        if request is not None:
            request._pvd_root_children = cached
    return cached


# Columns of the home's children that other apps show in the chrome, read with the menu in its one
# query: {attribute: expression}, filled by those apps (`read_with_menu`); home adds the status its
# accessibility statement gives to the footer's label.
MENU_COLUMNS: dict = {}


def read_with_menu(**columns) -> None:
    """`read_with_menu(statement_status=F("contentpage__accessibility_status"))`: each page of the
    menu carries that value (None for a page of another type), without a query of its own."""
    MENU_COLUMNS.update(columns)


def menu_pages(root) -> list:
    return list(root.get_children().live().annotate(**MENU_COLUMNS).specific(defer=True))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Sections of the site shown in the header: the live children of the home page marked for menus."""
    root, children = root_children(context)
    items = [child for child in children if child.show_in_menus]
    page = context.get("page")
    current_path = getattr(page, "path", "")
    return {
        "root": root,
        "items": [
            {"page": item, "current": "page" if page is not None and page.pk == item.pk
             else ("true" if current_path.startswith(item.path) else "")}
            for item in items
        ],
    }


@register.simple_tag
def ancestors_for_breadcrumb(page: Page):
    """The ancestors below the home page, from the ones routing the request already read when it
    has (each page keeps its parent), else by a query."""
    ancestors, current = [], page
    while current.depth > 3:
        parent = getattr(current, "_cached_parent_obj", None)
        if parent is None:
            return list(page.get_ancestors().filter(depth__gt=2))
        ancestors.insert(0, parent)
        current = parent
    return ancestors


@register.simple_tag
def subscribe_url() -> str:
    """The address of the subscription form, or "" while no URL named “subscribe” exists."""
    try:
        return reverse("subscribe")
    except NoReverseMatch:
        return ""


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Description and Open Graph values of the page shown (core.meta)."""
    page = context.get("page")
    title = (getattr(page, "seo_title", "") or getattr(page, "title", "")) if page is not None else ""
    return meta.page_meta(page, context.get("request"), title)
