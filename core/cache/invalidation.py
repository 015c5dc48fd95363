"""What a change purges from the page cache (and from a CDN in front, through Wagtail's
frontend_cache when `WAGTAILFRONTENDCACHE` is set).

A page published, unpublished, moved or deleted, or whose view restrictions change: the page, its
ancestors (the archive, the library, the agenda, a partner list, the home page), the pages it points
to (a partner an event is organised by), the pages that point to it (the issues choosing an event:
read from Wagtail's reference index, brought up to date first, in this request), and what other apps
add (`dependent_pages`: the directory of communes for a page that mentions a commune). A page just
under the home page appears in every page's menu or footer: everything is purged. So it is for a
change to any model of `PAGE_CACHE_SITE_WIDE_MODELS` (site settings, themes, images...).
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.dispatch import Signal
from wagtail.models import Page, ReferenceIndex

from .keys import VIEWS_VERSION, bump_generation, purge_page_ids
from .middleware import LOCAL

logger = logging.getLogger(__name__)

# Sent with `page` (specific) and `page_ids` (a set to add to): the pages another app shows it on.
dependent_pages = Signal()


def related_page_ids(page) -> set:
    """The pages whose cached copies may show `page`."""
    page_ids = {page.pk, *page.get_ancestors().values_list("pk", flat=True)}
    for field in page._meta.get_fields():
        if field.many_to_one and field.concrete and issubclass(field.related_model, Page):
            target = getattr(page, field.attname)
            if target:
                page_ids.add(target)
    references = ReferenceIndex.get_references_to(page).filter(base_content_type__model="page")
    page_ids.update(int(pk) for pk in references.values_list("object_id", flat=True))
    dependent_pages.send(sender=type(page), page=page, page_ids=page_ids)
    return page_ids


def purge_page(page, extra_ids=(), update_references=True) -> None:
    """Purge what shows `page` once the current transaction commits (nothing older is cached after)."""
    page = page.specific
    if page.depth <= 3:  # the home page or one of its children: the menu and footer of every page
        transaction.on_commit(purge_everything)
        return
    if update_references:
        ReferenceIndex.create_or_update_for_object(page)  # Wagtail 8 does it in a task, later
    page_ids = related_page_ids(page) | set(extra_ids)
    transaction.on_commit(lambda: purge_ids(page_ids))


def purge_ids(page_ids) -> None:
    purge_page_ids([*page_ids, VIEWS_VERSION])
    LOCAL.clear()
    purge_frontend_cache(page_ids)


def purge_everything(**kwargs) -> None:
    bump_generation()
    LOCAL.clear()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_url_from_cache
        from wagtail.models import Site

        for site in Site.objects.all():
            purge_url_from_cache(site.root_url.rstrip("/") + "/*")


def purge_frontend_cache(page_ids) -> None:
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    try:
        purge_pages_from_cache(Page.objects.filter(pk__in=page_ids).specific())
    except Exception:  # a CDN that does not answer must not stop a publish
        logger.exception("The front-end cache could not be purged")


# --- signal receivers, connected by core's AppConfig.ready -------------------------------------


def on_page_changed(sender, instance, **kwargs):
    purge_page(instance)


def on_page_moved(sender, instance, parent_page_before=None, **kwargs):
    extra = []
    if parent_page_before is not None:  # the listings it has left
        extra = [parent_page_before.pk, *parent_page_before.get_ancestors().values_list("pk", flat=True)]
    purge_page(instance, extra_ids=extra)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk:
        purge_page(instance, update_references=False)


def on_restriction_changed(sender, instance, **kwargs):
    try:
        page = instance.page
    except Page.DoesNotExist:
        transaction.on_commit(purge_everything)
        return
    purge_page(page)


def on_site_wide_change(sender, **kwargs):
    transaction.on_commit(purge_everything)


def site_wide_models() -> list:
    found = []
    for label in settings.PAGE_CACHE_SITE_WIDE_MODELS:
        try:
            found.append(apps.get_model(label))
        except LookupError:
            logger.warning("PAGE_CACHE_SITE_WIDE_MODELS: no model %s", label)
    return found
