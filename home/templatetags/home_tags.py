"""The home app's links in the site chrome: the legal pages of the footer."""

from django import template
from django.contrib.contenttypes.models import ContentType

from core.templatetags.site_tags import root_children
from core.visibility import is_public
from home.models import ContentPage

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Legal pages (public content pages under home) linked from the footer, with the status their
    label may name read with the menu (home.apps): no query per page. The editors' guide, for
    logged-in users only, is not one of them."""
    content_type = ContentType.objects.get_for_model(ContentPage)
    children = root_children(context)[1]
    pages = [page for page in children if page.content_type_id == content_type.pk and is_public(page)]
    for page in pages:
        status = getattr(page, "statement_status", None)  # None: a menu read before (the field loads)
        if status is not None:
            page.accessibility_status = status
    return pages
