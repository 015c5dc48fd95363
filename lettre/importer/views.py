"""Admin: “Importer une lettre”. The upload gives a report (a dry run: nothing is created); the editor
confirms it and the draft is created, then opened in the editor. Only users who may add an issue under
an archive get there; a refused file gets its reason in French and a 400."""

import io

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from lettre.models import LettreIndexPage

from . import pending
from .drafts import import_issue
from .errors import ImportRejected, MastheadMissing
from .forms import ConfirmForm, ImportForm, importable_indexes
from .upload import MAX_UPLOAD_BYTES, read_upload, size_error

REPORT_TEMPLATE = "lettre/importer/report.html"


class ImportMixin(WagtailAdminTemplateMixin):
    page_title = gettext_lazy("Import an issue")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.indexes = importable_indexes(request.user)
        if not self.indexes:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if self.indexes:
            index = self.indexes[0]
            items.append({"url": reverse("wagtailadmin_explore", args=[index.pk]), "label": index.title})
        return [*items, {"url": "", "label": self.page_title}]

    def index_for(self, pk):
        return next((index for index in self.indexes if index.pk == pk), None)

    def run(self, name: str, data: bytes, params: dict, **options):
        upload = read_upload(name, io.BytesIO(data))
        return import_issue(
            upload,
            index=self.index_for(params["index"]),
            user=self.request.user,
            number=params.get("number"),
            issue_date=params.get("issue_date"),
            **options,
        )


class ImportView(ImportMixin, FormView):
    template_name = "lettre/importer/upload.html"
    form_class = ImportForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "indexes": self.indexes}

    def get_initial(self):
        wanted = self.request.GET.get("index", "")
        index = self.index_for(int(wanted)) if wanted.isdigit() else None
        return {"index": (index or self.indexes[0]).pk}

    def form_invalid(self, form, errors=()):
        return self.render_to_response(self.get_context_data(form=form, import_errors=errors), status=400)

    def form_valid(self, form):
        data = form.cleaned_data
        file = data["file"]
        content = file.read(MAX_UPLOAD_BYTES + 1)
        params = {"index": data["index"].pk, "number": data["number"], "issue_date": data["issue_date"]}
        try:
            if len(content) > MAX_UPLOAD_BYTES:
                raise size_error()
            report = self.run(file.name, content, params, dry_run=True)
        except MastheadMissing as error:
            form.ask_for_number_and_date(error.message)
            return self.form_invalid(form)
        except ImportRejected as error:
            form.add_error("file", error.message)
            return self.form_invalid(form)
        token = pending.save(
            file.name,
            content,
            user=self.request.user.pk,
            index=params["index"],
            number=params["number"],
            issue_date=params["issue_date"].isoformat() if params["issue_date"] else None,
            existing=report.existing_draft.pk if report.existing_draft else None,
        )
        confirm = ConfirmForm(initial={"token": token})
        return self.report_response(report, confirm)

    def report_response(self, report, confirm, status=200):
        context = self.get_context_data(report=report, confirm=confirm, page_title=_("Report of the import"))
        return TemplateResponse(self.request, REPORT_TEMPLATE, context, status=status)


class ConfirmView(ImportView):
    """The editor confirms the report: the same file, imported for real."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        confirm = ConfirmForm(request.POST)
        if not confirm.is_valid():
            return self.expired()
        try:
            params, content = pending.load(confirm.cleaned_data["token"])
        except (signing.BadSignature, FileNotFoundError):
            return self.expired()
        if params.get("user") != request.user.pk or self.index_for(params["index"]) is None:
            raise PermissionDenied
        if params.get("issue_date"):
            params["issue_date"] = ImportForm.base_fields["issue_date"].to_python(params["issue_date"])
        replace = confirm.cleaned_data["replace"]
        try:
            if params.get("existing") and not replace:
                report = self.run(params["name"], content, params, dry_run=True)
                confirm.add_error("replace", _("Tick this box to replace the draft, or cancel the import."))
                return self.report_response(report, confirm, status=400)
            report = self.run(params["name"], content, params, replace=replace)
        except ImportRejected as error:
            return self.form_invalid(self.get_form(), errors=[error.message])
        pending.delete(params)
        messages.success(
            request,
            _("Issue #%(number)s imported as a draft: check it, then publish it.")
            % {"number": report.number},
        )
        return redirect("wagtailadmin_pages:edit", report.page.pk)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.pop("data", None), kwargs.pop("files", None)  # the confirmation posts no upload
        return kwargs

    def expired(self):
        message = _("This import has expired or is not yours: upload the file again.")
        return self.form_invalid(self.get_form(), errors=[message])


def import_url(index: LettreIndexPage | None = None) -> str:
    url = reverse("lettre_import")
    return f"{url}?index={index.pk}" if index is not None else url
