from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import SearchTermsReportView, can_see_search_terms


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path("recherches/", SearchTermsReportView.as_view(), name="search_terms_report"),
        path("recherches/resultats/", SearchTermsReportView.as_view(results_only=True),
             name="search_terms_report_results"),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_search_terms(request.user)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Visitors' searches"), reverse("search_terms_report"), name="visitor-searches", icon_name="search",
        order=1310,
    )
