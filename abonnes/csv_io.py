"""Admin: subscribers to and from CSV files (the export has the import's columns, plus the status)."""

import csv

from django import forms
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_import import FileImportView
from core.spreadsheet import neutralise_formula

from .csv_import import COLUMNS, import_subscribers
from .models import Subscriber

EXPORT_COLUMNS = (*COLUMNS, "status", "confirmed_at")


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, comma or semicolon. Header: %(columns)s (email and consent_at required)."
        )
        % {"columns": ", ".join(COLUMNS)},
    )


class ImportView(FileImportView):
    permission_policy = ModelPermissionPolicy(Subscriber)
    permission_required = "add"
    form_class = ImportForm
    page_title = gettext_lazy("Import subscribers")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("abonnes:index"), "label": _("Subscribers")},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        source = _("Import by %(user)s on %(date)s") % {
            "user": self.request.user.get_username(),
            "date": timezone.localdate().isoformat(),
        }
        return self.render_report(form, import_subscribers(form.cleaned_data["file"].read(), source))


class Echo:
    def write(self, value):
        return value


def export_rows():
    writer = csv.writer(Echo())
    yield "\ufeff" + writer.writerow(EXPORT_COLUMNS)
    for subscriber in Subscriber.objects.order_by("email").iterator(chunk_size=2000):
        values = [getattr(subscriber, name) for name in EXPORT_COLUMNS]
        yield writer.writerow(
            [neutralise_formula(v.isoformat() if hasattr(v, "isoformat") else v) for v in values]
        )


class ExportView(PermissionCheckedMixin, View):
    permission_policy = ModelPermissionPolicy(Subscriber)
    permission_required = "view"

    def get(self, request):
        response = StreamingHttpResponse(export_rows(), content_type="text/csv; charset=utf-8")
        filename = f"abonnes-{timezone.localdate().isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
