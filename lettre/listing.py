"""The issues in the admin: the archive's listing (number, date, status, a filter by year), the form of a
new issue (number, date and slug proposed; no autosave, which would leave a numbered draft behind an
abandoned creation) and the copy of an issue (a draft with the next number, date and slug).

Other apps add columns to the listing (the subscribers' “sent” status) with the hook
``register_issue_listing_columns``: a function returning a list of wagtail.admin.ui.tables columns.
"""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.listing import ExplorableIndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageViewSet

from .models import LettrePage
from .preparation import next_issue_values
from .preparation_views import IssueCopyView

LISTING_COLUMNS_HOOK = "register_issue_listing_columns"


def issue_years(request=None):
    years = LettrePage.objects.dates("issue_date", "year", order="DESC")
    return [(day.year, str(day.year)) for day in years]


class IssueFilterSet(PageFilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="issue_date__year", choices=issue_years, empty_label=_("All years")
    )

    class Meta:
        model = LettrePage
        fields = []


class IssueIndexView(ExplorableIndexView):
    """The children of an archive: the issues, newest first, with their number, date and status."""

    default_ordering = "-issue_date"
    base_filterset_class = IssueFilterSet

    @cached_property
    def columns(self):
        columns = [
            BulkActionsColumn("bulk_actions"),
            PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
            Column("number", label=_("Number"), accessor="number_label", sort_key="number", width="8%"),
            Column(
                "issue_date",
                label=_("Date of the issue"),
                accessor="date_display",
                sort_key="issue_date",
                width="16%",
            ),
            PageStatusColumn("status", label=_("Status"), sort_key="live", width="14%"),
        ]
        for hook in hooks.get_hooks(LISTING_COLUMNS_HOOK):
            columns.extend(hook())
        return columns


class IssueCreateView(CreateView):
    """The form of a new issue, with the next number, date and slug already typed in, and no autosave."""

    @property
    def autosave_enabled(self):
        return False

    @autosave_enabled.setter
    def autosave_enabled(self, value):
        """Wagtail's dispatch turns autosave on from the settings: not for a new issue."""

    def get(self, request, *args, **kwargs):
        for name, value in next_issue_values(self.parent_page.specific).items():
            setattr(self.page, name, value)
        return super().get(request, *args, **kwargs)


class IssueViewSet(PageViewSet):
    model = LettrePage
    icon = "mail"
    index_view_class = IssueIndexView
    add_view_class = IssueCreateView
    copy_view_class = IssueCopyView

    def get_index_view_kwargs(self, **kwargs):
        kwargs = super().get_index_view_kwargs(**kwargs)
        # IssueIndexView's own columns (with those other apps add) and filters (the year).
        del kwargs["columns"]
        kwargs.pop("filterset_class", None)
        return kwargs
