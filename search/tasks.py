"""The one indexing path: a background task that rewrites the documents of some pages.

Enqueued by ``search.signals`` (publish, unpublish, move, delete, view restriction, a renamed
theme); run at once by django-tasks' immediate backend, or later by a worker with the database
backend. It also refreshes Wagtail's own index entries of those pages (admin search, and the
site's search on SQLite): Wagtail indexes a page when it is saved, before the themes of a
``ParentalManyToManyField`` are written.
"""

from django_tasks import task
from wagtail.search.backends import get_search_backend

from . import documents
from .kinds import KINDS


@task()
def index_pages(page_ids: list[int]) -> int:
    backend = get_search_backend()
    for kind in KINDS:
        pages = list(documents.indexed_queryset(kind).filter(pk__in=page_ids))
        if pages:
            backend.add_bulk(kind.model, pages)
    return documents.write(page_ids)


def enqueue(page_ids) -> None:
    """One task for these pages, if any."""
    page_ids = sorted(set(page_ids))
    if page_ids:
        index_pages.enqueue(page_ids)
