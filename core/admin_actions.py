"""One entry of a page's “…” menu, shown both in the page's header and on its row in the explorer."""

from wagtail import hooks


def register_page_action(item_class, *, header_priority: int, listing_priority: int) -> None:
    """Register `item_class` (a `PageMenuItem` whose `is_shown` decides for which pages and users) in the
    header menu of the page and in the “more” menu of its row in the page listing."""

    @hooks.register("register_page_header_buttons")
    def header_button(page, user, view_name, next_url=None):
        yield item_class(page=page, priority=header_priority)

    @hooks.register("register_page_listing_more_buttons")
    def listing_button(page, user, next_url=None):
        yield item_class(page=page, priority=listing_priority)
