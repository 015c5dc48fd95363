"""The demo site: built from the two seed issues (``make run``); reads the content apps."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = _("Demo content")
