from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AbonnesConfig(AppConfig):
    name = "abonnes"
    verbose_name = _("Subscribers")

    def ready(self):
        from . import webhooks  # noqa: F401 - connects the provider's tracking signal
