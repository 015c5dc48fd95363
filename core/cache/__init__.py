"""The page cache for anonymous readers (docs/performance.md).

Full rendered pages are kept in Django's cache (Redis in production), keyed by site, language, path
and the query parameters the pages read, and served to readers without a session cookie; an editor
who logs in, a preview, a POST and any response that sets a cookie pass by. Publishing, unpublishing,
moving or deleting a page, or changing a view restriction, purges that page, the pages above it
(archive, library, agenda, home), the pages it points to and the pages that point to it; a change
to what every page shows (site settings, themes, images, documents, the home's children) purges
everything by a new generation number. A page that shows events expires at the next start or end
of one of them (`valid_until`), and after 15 minutes at most.
"""

from .keys import valid_until

__all__ = ["valid_until"]
