"""The directory page indexes the names of the member communes (a search for a commune finds it): it is
indexed again when the members change, once per transaction however many members changed."""

from django.db import connection, transaction
from wagtail.search import index

from core.signals import searchable_text_changed

from .models import CommuneDirectoryPage


def reindex_directories() -> None:
    pages = list(CommuneDirectoryPage.objects.all())
    for page in pages:
        index.insert_or_update_object(page)
    searchable_text_changed.send(sender=CommuneDirectoryPage, page_ids=[page.pk for page in pages])


def schedule_reindex() -> None:
    """Index the directory again when the current transaction commits (at once outside one)."""
    if not any(callback is reindex_directories for _sids, callback, _robust in connection.run_on_commit):
        transaction.on_commit(reindex_directories)


def membership_changed(sender, raw=False, **kwargs) -> None:
    if not raw:
        schedule_reindex()
