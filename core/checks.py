"""System checks for a production install."""

from django.conf import settings
from django.core.checks import Warning, register
from django.utils.translation import gettext_lazy as _


@register()
def sqlite_in_production(app_configs, **kwargs):
    if getattr(settings, "PRODUCTION", False) and settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return [
            Warning(
                _("Production runs on SQLite."),
                hint=_("Set DATABASE_URL to a PostgreSQL database: SQLite suits one machine with few "
                       "editors, and the search has no French stemming there."),
                id="core.W001",
            )
        ]
    return []
