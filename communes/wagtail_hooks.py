"""Admin: the commune chooser, the member communes snippet and the CSV import."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import MembershipImportView, MembershipViewSet
from .chooser import commune_chooser_viewset


@hooks.register("register_admin_viewset")
def register_commune_chooser():
    return commune_chooser_viewset


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("communes/import/", MembershipImportView.as_view(), name="communes_import")]


register_snippet(MembershipViewSet)
