"""The language selector of the header and the ``hreflang`` links of the head (core.translations)."""

from django import template
from django.utils import translation

from core.translations import alternates, language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_alternates(context) -> list[tuple[str, str]]:
    return alternates(context.get("page"), context.get("request"))


@register.simple_tag(takes_context=True)
def languages_of_page(context) -> list:
    return language_links(context.get("page"), context.get("request"), translation.get_language())
