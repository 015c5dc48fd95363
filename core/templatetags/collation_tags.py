"""``{{ page.themes.all|french_sorted:"name" }}``: names in French order in templates (core.collation)."""

from operator import attrgetter

from django import template

from core.collation import french_sorted as sort_in_french

register = template.Library()


@register.filter
def french_sorted(items, attribute: str = "name") -> list:
    return sort_in_french(items, attrgetter(attribute))
