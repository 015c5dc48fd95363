"""When the documents change: each event enqueues ``index_pages`` for the pages it concerns.

- a page published: the page, and the pages naming it as their partner (their text holds its title);
- a page unpublished: hidden at once (``live``), then rewritten with the pages naming it as their partner;
- a page moved, a view restriction added or removed: ``public`` of the section at once, then rewritten
  with the pages naming a partner inside it (a restricted partner's title leaves their text);
- a page deleted: its document goes with it (foreign key); for a partner, the pages naming it
  (resources, events) are rewritten once the deletion is committed;
- a theme renamed or deleted: the pages that have it;
- ``core.signals.searchable_text_changed``: the pages it names (their text changed without a publish).

Only these senders are connected: no handler runs on the saves of other models.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.signals import searchable_text_changed
from ressources.models import PartnerPage, Theme

from . import documents
from .kinds import KINDS_BY_MODEL, kind_content_types
from .tasks import enqueue


def searched(page: Page) -> list[int]:
    """The page's id if the search covers its type."""
    return [page.pk] if page.specific_class in KINDS_BY_MODEL else []


def page_published_handler(sender, instance, **kwargs):
    enqueue([*searched(instance), *documents.pages_citing(instance.pk)])


def page_unpublished_handler(sender, instance, **kwargs):
    documents.hide_unpublished(instance.pk)
    enqueue([*searched(instance), *documents.pages_citing(instance.pk)])


def section_changed(page: Page) -> None:
    documents.refresh_public_flags(page)
    inside = Page.objects.filter(path__startswith=page.path, content_type__in=list(kind_content_types()))
    enqueue([*inside.values_list("pk", flat=True), *documents.pages_citing_inside(page)])


def page_moved_handler(sender, instance, **kwargs):
    section_changed(Page.objects.get(pk=instance.pk))  # the path after the move


def restriction_changed_handler(sender, instance, raw=False, **kwargs):
    if raw:
        return
    section = Page.objects.filter(pk=instance.page_id).first()  # gone when the page itself is deleted
    if section is not None:
        section_changed(section)


def partner_deleted_handler(sender, instance, **kwargs):
    citing = documents.pages_citing(instance.pk)
    if citing:
        transaction.on_commit(lambda: enqueue(citing))


def theme_changed_handler(sender, instance, created=False, raw=False, **kwargs):
    if not created and not raw:
        enqueue(documents.pages_with_theme(instance.pk))


def searchable_text_changed_handler(sender, page_ids=(), **kwargs):
    enqueue(page_ids)


def connect() -> None:
    page_published.connect(page_published_handler, dispatch_uid="search_page_published")
    page_unpublished.connect(page_unpublished_handler, dispatch_uid="search_page_unpublished")
    post_page_move.connect(page_moved_handler, dispatch_uid="search_page_moved")
    pre_delete.connect(partner_deleted_handler, sender=PartnerPage, dispatch_uid="search_partner_deleted")
    post_save.connect(restriction_changed_handler, sender=PageViewRestriction,
                      dispatch_uid="search_restriction_saved")
    post_delete.connect(restriction_changed_handler, sender=PageViewRestriction,
                        dispatch_uid="search_restriction_deleted")
    post_save.connect(theme_changed_handler, sender=Theme, dispatch_uid="search_theme_saved")
    post_delete.connect(theme_changed_handler, sender=Theme, dispatch_uid="search_theme_deleted")
    searchable_text_changed.connect(searchable_text_changed_handler, dispatch_uid="search_text_changed")
