"""Admin: the member communes (add, edit, remove one) and the import of the whole list from a CSV file."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_columns import YesNoColumn
from core.admin_import import FileImportView

from .membership_import import COLUMNS, import_members
from .models import Membership
from .normalise import search_key


class MembershipIndexView(SnippetIndexView):
    """Searching by name ignores accents, case and hyphens, as on the site."""

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return queryset.filter(commune__search_key__contains=search_key(self.search_query))

    @property
    def header_more_buttons(self):
        """The import in the header's “…” menu: beside the add button it cut the title to « Commune »."""
        import_url = reverse("communes_import")
        import_button = Button(_("Import a CSV file"), url=import_url, icon_name="upload")
        return [*super().header_more_buttons, import_button]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "site"
    menu_label = _("Member communes")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = MembershipIndexView
    list_display = [
        "commune",
        Column(
            "department", label=_("Department"), accessor="commune.department", sort_key="commune__department"
        ),
        "joined_on",
        YesNoColumn("lead_public", label=_("Lead shown on the site"), sort_key="lead_public"),
    ]
    list_filter = ["lead_public"]
    search_fields = ["commune__name"]
    ordering = ["commune__search_key"]
    list_per_page = 50

    def get_queryset(self, request):
        return Membership.objects.select_related("commune__department")


class MembershipImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, comma or semicolon. Header: %(columns)s (only code_insee is required).")
        % {"columns": ", ".join(COLUMNS)},
    )
    replace = forms.BooleanField(
        label=_("Replace the list: communes absent from the file stop being members"), required=False
    )
    dry_run = forms.BooleanField(label=_("Check only, change nothing"), required=False, initial=True)


class MembershipImportView(FileImportView):
    permission_policy = ModelPermissionPolicy(Membership)
    any_permission_required = ["add", "change"]
    form_class = MembershipImportForm
    page_title = _("Import member communes")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailsnippets_communes_membership:list"), "label": _("Member communes")},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        data = form.cleaned_data
        if data["replace"] and not data["dry_run"] and not self.user_has_permission("delete"):
            form.add_error("replace", _("You may not remove member communes."))
            return self.form_invalid(form)
        report = import_members(data["file"].read(), replace=data["replace"], dry_run=data["dry_run"])
        return self.render_report(form, report)


