"""The commune chooser of the admin: a modal that finds a commune as the directory does (accents,
case, hyphens ignored), used by memberships, issue blocks, resources and events."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .normalise import search_key


class CommuneFilterForm(BaseFilterForm):
    q = forms.CharField(label=_("Name or INSEE code"), required=False,
                        widget=forms.TextInput(attrs={"placeholder": _("E.g. ploeuc or 22203")}))
    members_only = forms.BooleanField(label=_("Member communes only"), required=False)

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching, self.search_query = True, query
            if query[:1].isdigit() and len(query) <= 5:
                objects = objects.filter(code__startswith=query.upper())
            else:
                objects = objects.filter(search_key__contains=search_key(query))
        if self.cleaned_data.get("members_only"):
            objects = objects.filter(membership__isnull=False)
        return objects


class CommuneChooseMixin:
    filter_form_class = CommuneFilterForm
    ordering = ["search_key", "code"]

    def get_object_list(self):
        return super().get_object_list().filter(current=True).select_related("department__region")

    @property
    def columns(self):
        return [
            self.title_column,
            Column("code", label=capfirst(_("INSEE code")), accessor="code"),
            Column("region", label=_("Region"), accessor="department.region.name"),
        ]


class CommuneChooseView(CommuneChooseMixin, ChooseView):
    pass


class CommuneChooseResultsView(CommuneChooseMixin, ChooseResultsView):
    pass


class CommuneChooserViewSet(ChooserViewSet):
    model = "communes.Commune"
    icon = "site"
    choose_one_text = _("Choose a commune")
    choose_another_text = _("Choose another commune")
    page_title = _("Choose a commune")
    per_page = 20
    choose_view_class = CommuneChooseView
    choose_results_view_class = CommuneChooseResultsView


commune_chooser_viewset = CommuneChooserViewSet("commune_chooser")
