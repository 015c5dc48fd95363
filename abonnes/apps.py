from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AbonnesConfig(AppConfig):
    name = "abonnes"
    verbose_name = _("Subscribers")
