"""Admin hooks of the subscribers: their listing, import and export; “Send to the subscribers” and its
progress on a published issue, for the users who hold the permission only."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from core.admin_actions import register_page_action
from lettre.models import LettrePage

from .admin_send import DownloadView, ProgressView, RetryView, SendView, can_send
from .admin_views import SubscriberViewSet
from .csv_io import ExportView, ImportView


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("abonnes")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("abonnes/import/", ImportView.as_view(), name="abonnes_import"),
        path("abonnes/export/", ExportView.as_view(), name="abonnes_export"),
        path("abonnes/lettre/<int:page_id>/envoyer/", SendView.as_view(), name="abonnes_send"),
        path("abonnes/lettre/<int:page_id>/suivi/", ProgressView.as_view(), name="abonnes_progress"),
        path("abonnes/lettre/<int:page_id>/relancer/", RetryView.as_view(), name="abonnes_retry"),
        path(
            "abonnes/lettre/<int:page_id>/email.<str:kind>", DownloadView.as_view(), name="abonnes_download"
        ),
    ]


class SendMenuItem(PageMenuItem):
    label = _("Send to the subscribers")
    icon_name = "mail"

    @property
    def url(self):
        return reverse("abonnes_send", args=[self.page.pk])

    def is_shown(self, user):
        specific_class = self.page.specific_class
        return (
            bool(specific_class and issubclass(specific_class, LettrePage))
            and self.page.live
            and can_send(user)
        )


register_page_action(SendMenuItem, header_priority=41, listing_priority=46)


@hooks.register("register_permissions")
def register_send_permission():
    return Permission.objects.filter(content_type__app_label="abonnes", codename="send_issue")
