"""Signals between apps that must not import each other.

``searchable_text_changed``: the text a page offers to the site search changed without the page being
published (e.g. the directory of communes lists the names of the member communes). Sent with
``page_ids``; the search app (above every content app) rewrites those pages' search documents.
"""

from django.dispatch import Signal

searchable_text_changed = Signal()
