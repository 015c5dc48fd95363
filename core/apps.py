from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils.translation import gettext_lazy as _

from . import checks  # noqa: F401 - registers the system checks


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared pieces")

    def ready(self):
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cache import invalidation
        from .localize import allow_empty_text_blocks
        from .related_translations import point_to_own_language
        from .visibility import forget_restrictions

        allow_empty_text_blocks()
        page_published.connect(point_to_own_language, dispatch_uid="core.point_to_own_language")
        for signal in (post_save, post_delete):
            signal.connect(forget_restrictions, sender=PageViewRestriction, dispatch_uid=f"core-{signal}")

        page_published.connect(invalidation.on_page_changed, dispatch_uid="page_cache_published")
        page_unpublished.connect(invalidation.on_page_changed, dispatch_uid="page_cache_unpublished")
        post_page_move.connect(invalidation.on_page_moved, dispatch_uid="page_cache_moved")
        pre_delete.connect(invalidation.on_page_deleted, dispatch_uid="page_cache_deleted")
        for signal in (post_save, post_delete):
            signal.connect(invalidation.on_restriction_changed, sender=PageViewRestriction,
                           dispatch_uid=f"page_cache_restriction_{signal is post_save}")
        for model in invalidation.site_wide_models():
            for signal in (post_save, post_delete):
                signal.connect(invalidation.on_site_wide_change, sender=model,
                               dispatch_uid=f"page_cache_{model._meta.label}_{signal is post_save}")
