"""The home app's links in the site chrome: the legal pages of the footer."""

from django import template
from django.contrib.contenttypes.models import ContentType

from core.templatetags.site_tags import root_children
from home.models import ContentPage

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Legal pages (content pages under home not shown in the menu) linked from the footer."""
    content_type = ContentType.objects.get_for_model(ContentPage)
    return [page for page in root_children(context)[1] if page.content_type_id == content_type.pk]
