"""core's additions to Wagtail."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .languages import only_in_its_language
from .models import SiteTexts
from .page_links import PageLinkHandler

hooks.register("before_serve_page", only_in_its_language)
register_snippet(SiteTexts)


@hooks.register("register_rich_text_features", order=100)
def page_links_from_loaded_pages(features):
    """Replaces Wagtail's handler of page links (registered before, at order 0)."""
    features.register_link_type(PageLinkHandler)


@hooks.register("before_serve_page")
def remember_the_page_served(page, request, serve_args, serve_kwargs):
    """The page cache keeps a response under the page that served it, which a change purges."""
    request.page_cache_page_id = page.pk
