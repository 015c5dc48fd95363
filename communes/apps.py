"""The communes of the programme: the official reference, the members, the directory and the map."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunesConfig(AppConfig):
    name = "communes"
    verbose_name = _("Communes of the programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .indexing import membership_changed
        from .models import Membership

        post_save.connect(membership_changed, sender=Membership, dispatch_uid="communes_reindex_on_save")
        post_delete.connect(membership_changed, sender=Membership, dispatch_uid="communes_reindex_on_delete")
