"""core's additions to Wagtail."""

from wagtail import hooks

from .page_links import PageLinkHandler


@hooks.register("register_rich_text_features", order=100)
def page_links_from_loaded_pages(features):
    """Replaces Wagtail's handler of page links (registered before, at order 0)."""
    features.register_link_type(PageLinkHandler)
