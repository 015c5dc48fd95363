from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from django.db.models import F

        from core.templatetags.site_tags import read_with_menu

        # The footer names the accessibility statement's status: read with the menu, not per page.
        read_with_menu(statement_status=F("contentpage__accessibility_status"))
