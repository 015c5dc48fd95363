"""What the newsletter tells other sections' pages: a resource's page lists the issues that chose
it (the library does not import the newsletter: the newsletter depends on it, not the reverse);
and the issue page's body, kept rendered."""

from django import template
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from core.cache.memo import remembered_html
from lettre.blocks.prefetch import prefetch_issue
from lettre.models import LettrePage

register = template.Library()


@register.simple_tag
def issues_choosing(page) -> list:
    """`{% issues_choosing page as issues %}`: the published issues whose blocks choose `page`."""
    return LettrePage.choosing(page)


@register.simple_tag(takes_context=True)
def issue_body(context) -> str:
    """The issue's blocks, rendered as `{% include_block %}` does, kept per published revision,
    language and host until a page or the site changes (core.cache.memo): an uncached issue page
    then skips loading the blocks' pages and images and rendering them. A preview renders them."""
    page, request = context["page"], context.get("request")

    def render() -> str:
        prefetch_issue(page)
        parent = context.flatten()
        return mark_safe("".join(render_block(block, parent) for block in page.body))  # noqa: S308

    if request is None or getattr(request, "is_preview", False) or not page.live or not page.live_revision_id:
        return render()
    name = f"issue-body:{page.pk}:{page.live_revision_id}:{translation.get_language()}:{request.get_host()}"
    return remembered_html(name, render)


def render_block(block, parent: dict) -> str:
    return conditional_escape(block.render_as_block(context={**parent, "block": block}))
