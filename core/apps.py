from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import checks  # noqa: F401 - registers the system checks


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared pieces")

    def ready(self):
        from .localize import allow_empty_text_blocks

        allow_empty_text_blocks()
