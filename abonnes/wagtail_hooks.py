"""Admin hooks of the subscribers: their listing, import and export."""

from django.urls import path
from wagtail import hooks

from .admin_views import SubscriberViewSet
from .csv_io import ExportView, ImportView


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("abonnes")


@hooks.register("register_admin_urls")
def register_csv_urls():
    return [
        path("abonnes/import/", ImportView.as_view(), name="abonnes_import"),
        path("abonnes/export/", ExportView.as_view(), name="abonnes_export"),
    ]
