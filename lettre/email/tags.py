"""Template tags of the e-mail templates (library `lettre_email`, see engine.py)."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText, expand_db_html

from lettre.blocks.prefetch import ExpandedRichText

from .images import email_image as make_email_image

register = template.Library()


@register.simple_tag
def email_image(image, spec: str, display_width: int):
    """`{% email_image value.image "fill-1200x675" 600 as image %}`: url, width, height, alt."""
    return make_email_image(image, spec, display_width)


@register.filter
def as_list(value) -> list:
    """One link as a list of links, for the shared links include."""
    return [value] if value else []


@register.filter
def button_links(links) -> list:
    """The links shown as buttons (registration: the action the reader came for)."""
    return [link for link in links or [] if getattr(link, "is_button", False)]


@register.filter
def text_links(links) -> list:
    return [link for link in links or [] if not getattr(link, "is_button", False)]


@register.filter
def email_richtext(value) -> str:
    """Rich text with its page and document links expanded, like |richtext, without rendering
    the wrapper template once per piece of text (the e-mail has dozens)."""
    if value is None:
        return ""
    if isinstance(value, ExpandedRichText):  # expanded with the other texts
        return mark_safe(value.html)  # noqa: S308 - the editor's rich text, as |richtext does
    source = value.source if isinstance(value, RichText) else str(value)
    return mark_safe(expand_db_html(source))  # the editor's rich text, as |richtext does
