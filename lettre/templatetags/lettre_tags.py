"""What the newsletter tells other sections' pages: a resource's page lists the issues that chose
it (the library does not import the newsletter: the newsletter depends on it, not the reverse);
and the issue page's body, kept rendered."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from core.cache.memo import keep_html
from lettre.blocks.prefetch import prefetch_issue
from lettre.models import LettrePage

register = template.Library()


@register.simple_tag
def issues_choosing(page) -> list:
    """`{% issues_choosing page as issues %}`: the published issues whose blocks choose `page`."""
    return LettrePage.choosing(page)


@register.simple_tag(takes_context=True)
def issue_body(context) -> str:
    """The issue's blocks, rendered as `{% include_block %}` does: as kept when the page's context
    found them (`LettrePage.get_context`), else rendered and kept (core.cache.memo)."""
    if context.get("kept_body") is not None:
        return context["kept_body"]
    page = context["page"]

    def render() -> str:
        prefetch_issue(page)
        parent = context.flatten()
        return mark_safe("".join(render_block(block, parent) for block in page.body))  # noqa: S308

    name = page.kept_body_name(context.get("request"))
    return keep_html(name, render) if name else render()


def render_block(block, parent: dict) -> str:
    return conditional_escape(block.render_as_block(context={**parent, "block": block}))
