"""The communes of the programme: the official reference, the members, the directory and the map."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunesConfig(AppConfig):
    name = "communes"
    verbose_name = _("Communes of the programme")
    default_auto_field = "django.db.models.BigAutoField"
