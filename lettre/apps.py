from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LettreConfig(AppConfig):
    name = "lettre"
    verbose_name = _("Newsletter")

    def ready(self):
        from . import workflow  # models are loaded only now

        workflow.connect()
