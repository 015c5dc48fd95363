from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from . import checks  # noqa: F401 - registers the system checks


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared pieces")

    def ready(self):
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published

        from .localize import allow_empty_text_blocks
        from .related_translations import point_to_own_language
        from .visibility import forget_restrictions

        allow_empty_text_blocks()
        page_published.connect(point_to_own_language, dispatch_uid="core.point_to_own_language")
        for signal in (post_save, post_delete):
            signal.connect(forget_restrictions, sender=PageViewRestriction, dispatch_uid=f"core-{signal}")
