"""Admin report: what visitors search, how often, and which searches find nothing.

Wagtail's own “Search terms” report is for administrators only and does not say whether a search
found anything; this one is open to editors who manage promoted search results.
"""

import django_filters
from django.db.models import F, Q, Sum
from django.utils.translation import gettext_lazy as _
from django_filters import DateFromToRangeFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query

from core.spreadsheet import neutralise_formula

PROMOTION_PERMISSIONS = [
    f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")
]


def can_see_search_terms(user) -> bool:
    return user.is_superuser or any(user.has_perm(permission) for permission in PROMOTION_PERMISSIONS)


class SearchTermsFilterSet(WagtailFilterSet):
    # The dates choose which daily hits are summed (``SearchTermsReportView.get_base_queryset``);
    # filtering here by a join on the hits would repeat each hit once per day in the range.
    hit_date = DateFromToRangeFilter(label=_("Date"), method="hits_summed_elsewhere",
                                     widget=DateRangePickerWidget)
    without_results = django_filters.BooleanFilter(
        label=_("Last search found nothing"), method="filter_without_results"
    )

    class Meta:
        model = Query
        fields: list[str] = []

    def hits_summed_elsewhere(self, queryset, name, value):
        return queryset

    def filter_without_results(self, queryset, name, value):
        if value is None:
            return queryset
        if value:
            return queryset.filter(result_stat__last_result_count=0)
        return queryset.filter(result_stat__last_result_count__gt=0)


class SearchTermsReportView(ReportView):
    page_title = _("Visitors' searches")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = SearchTermsFilterSet
    default_ordering = "-_hits"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    columns = [
        Column("query_string", label=_("Search term(s)"), sort_key="query_string"),
        NumberColumn("_hits", label=_("Searches"), sort_key="_hits"),
        NumberColumn("last_result_count", label=_("Results at the last search"),
                     sort_key="last_result_count"),
        NumberColumn("zero_result_searches", label=_("Searches without results"),
                     sort_key="zero_result_searches"),
    ]
    list_export = ["query_string", "_hits", "last_result_count", "zero_result_searches"]
    # What visitors typed: a cell starting with = + - @ would run as a formula in a spreadsheet.
    custom_field_preprocess = {"query_string": {"csv": neutralise_formula}}
    export_headings = {
        "query_string": _("Search term(s)"),
        "_hits": _("Searches"),
        "last_result_count": _("Results at the last search"),
        "zero_result_searches": _("Searches without results"),
    }

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": Query.objects.all()}

    def chosen_days(self) -> Q:
        """The daily hits within the chosen dates (all of them without dates)."""
        days = Q()
        if self.filters and self.filters.is_valid() and self.filters.form.cleaned_data.get("hit_date"):
            chosen = self.filters.form.cleaned_data["hit_date"]
            if chosen.start:
                days &= Q(daily_hits__date__gte=chosen.start.date())
            if chosen.stop:
                days &= Q(daily_hits__date__lte=chosen.stop.date())
        return days

    def get_base_queryset(self):
        return Query.objects.annotate(
            _hits=Sum("daily_hits__hits", filter=self.chosen_days()),
            last_result_count=F("result_stat__last_result_count"),
            zero_result_searches=F("result_stat__zero_result_searches"),
        ).filter(_hits__gt=0)

    def dispatch(self, request, *args, **kwargs):
        if not can_see_search_terms(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
