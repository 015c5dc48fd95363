"""Keeping the index current where Wagtail's own handlers are not enough.

Wagtail indexes a page on ``post_save``, i.e. before the themes of a ``ParentalManyToManyField`` are
written (with the immediate task backend the index then misses them): the page is indexed again once
published. Resources and events index the title of their partner and the names of their themes, so
they are indexed again when a partner is published or a theme renamed.
"""

from wagtail.search import index
from wagtail.signals import page_published

from agenda.models import EventPage
from ressources.models import PartnerPage, ResourcePage, Theme


def reindex(objects) -> None:
    for obj in objects:
        index.insert_or_update_object(obj)


def page_published_handler(sender, instance, **kwargs):
    page = instance.specific
    reindex([page])
    if isinstance(page, PartnerPage):
        reindex(ResourcePage.objects.filter(partner=page))
        reindex(EventPage.objects.filter(organiser=page))


def theme_saved_handler(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    reindex(ResourcePage.objects.filter(themes=instance))
    reindex(EventPage.objects.filter(themes=instance))


def connect() -> None:
    from django.db.models.signals import post_save

    from .documents import follow_page_save

    page_published.connect(page_published_handler, dispatch_uid="search_reindex_published_page")
    post_save.connect(follow_page_save, dispatch_uid="search_document_follows_page")
    post_save.connect(theme_saved_handler, sender=Theme, dispatch_uid="search_reindex_theme_pages")
