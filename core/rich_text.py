"""The pages a caller already loaded, handed to the expansion of page links in rich text
(``core.page_links``): an issue that loaded its blocks at once (``lettre.blocks.prefetch``) expands
the links of all its texts without a query for their pages.
"""

from contextlib import contextmanager
from contextvars import ContextVar

PRELOADED_PAGES: ContextVar[dict | None] = ContextVar("preloaded_pages", default=None)


@contextmanager
def preloaded_pages(pages: dict):
    """Within the block, page links to these pages (by id) are expanded without a query."""
    token = PRELOADED_PAGES.set(pages)
    try:
        yield
    finally:
        PRELOADED_PAGES.reset(token)


def as_id(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
