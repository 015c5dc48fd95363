"""The home app's links in the site chrome: the legal pages of the footer."""

from django import template

from core.templatetags.site_tags import site_root
from home.models import ContentPage

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Legal pages (content pages under home not shown in the menu) linked from the footer."""
    root = site_root(context)
    if root is None:
        return []
    return list(ContentPage.objects.child_of(root).live().order_by("path"))
