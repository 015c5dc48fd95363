from django import template

from lettre.editor_guide import help_url

register = template.Library()


@register.simple_tag
def editor_guide_url() -> str:
    """The address of the editors' guide, for the admin's dashboard."""
    return help_url()
