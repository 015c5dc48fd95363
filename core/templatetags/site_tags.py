"""Site-wide navigation shared by every page: main menu, breadcrumb, subscription link."""

from django import template
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page, Site

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


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Sections of the site shown in the header: the live children of the home page marked for menus."""
    cache = context.render_context
    if "pvd_main_menu" not in cache:
        root = site_root(context)
        items = []
        if root is not None:
            items = list(root.get_children().live().in_menu())
        cache["pvd_main_menu"] = (root, items)
    root, items = cache["pvd_main_menu"]
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
    return list(page.get_ancestors().filter(depth__gt=2))


@register.simple_tag
def subscribe_url() -> str:
    """The address of the subscription form, or "" while no URL named “subscribe” exists."""
    try:
        return reverse("subscribe")
    except NoReverseMatch:
        return ""
