"""What the newsletter tells other sections' pages: a resource's page lists the issues that chose
it. (The library does not import the newsletter: the newsletter depends on it, not the reverse.)"""

from django import template

from lettre.models import LettrePage

register = template.Library()


@register.simple_tag
def issues_choosing(page) -> list:
    """`{% issues_choosing page as issues %}`: the published issues whose blocks choose `page`."""
    return LettrePage.choosing(page)
