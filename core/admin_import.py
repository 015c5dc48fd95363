"""The admin screen of a file import: the form, then the report (core.import_report) of what was imported
and what was not. The screen answers 400 when the file is refused."""

from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin


class FileImportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "core/admin/file_import.html"
    header_icon = "upload"

    def render_report(self, form, report):
        return self.render_to_response(
            self.get_context_data(form=form, report=report), status=400 if report.rejected else 200
        )

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)
