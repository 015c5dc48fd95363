"""The home app's links in the site chrome: the legal pages of the footer."""

from django import template

from core.templatetags.site_tags import site_root
from home.models import ContentPage

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Legal pages (public content pages under home) linked from the footer; the editors' guide, for
    logged-in users only, is not one of them."""
    root = site_root(context)
    if root is None:
        return []
    return list(ContentPage.objects.child_of(root).live().public().order_by("path"))
