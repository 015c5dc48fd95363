"""Admin views around the next issue: “Prepare the next issue” (a confirmation with the proposed date,
then the draft) and the copy of an issue, which gets the next number, date and slug."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.actions.copy_page import CopyPageAction
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.copy import CopyView
from wagtail.admin.widgets import AdminDateInput

from core.dates import day_display

from .forms import check_date_is_free
from .models import LettreIndexPage, LettrePage
from .preparation import Preparation, next_issue_values, unfinished_drafts


def prepare_url(index) -> str:
    return reverse("lettre_prepare", args=[index.pk])


class PrepareForm(forms.Form):
    issue_date = forms.DateField(
        label=gettext_lazy("Date of the issue"),
        widget=AdminDateInput(),
        help_text=gettext_lazy(
            "Proposed: the first weekday of the month after the last issue (or after today). The agenda "
            "is pre-filled with the events of the month that starts on this date."
        ),
        error_messages={
            "required": gettext_lazy("Give the date of the issue."),
            "invalid": gettext_lazy("Give a date such as 01/12/2026."),
        },
    )

    def __init__(self, *args, index, **kwargs):
        super().__init__(*args, **kwargs)
        self.index = index

    def clean_issue_date(self):
        issue_date = self.cleaned_data["issue_date"]
        check_date_is_free(LettrePage, self.index, issue_date)
        return issue_date


class PrepareNextIssueView(WagtailAdminTemplateMixin, FormView):
    form_class = PrepareForm
    template_name = "lettre/admin/prepare.html"
    page_title = gettext_lazy("Prepare the next issue")
    header_icon = "calendar-alt"

    def dispatch(self, request, *args, **kwargs):
        self.index = get_object_or_404(LettreIndexPage, pk=kwargs["index_id"])
        if not self.index.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_explore", args=[self.index.pk]), "label": self.index.title},
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "index": self.index}

    def get_initial(self):
        return {"issue_date": Preparation.propose(self.index).issue_date}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        issue_date = (
            form.cleaned_data.get("issue_date") if form.is_bound and form.is_valid() else None
        ) or form.initial["issue_date"]
        context.update(
            preparation=Preparation.propose(self.index, issue_date),
            drafts=[
                (draft, reverse("wagtailadmin_pages:edit", args=[draft.pk]))
                for draft in unfinished_drafts(self.index)[:3]
            ],
        )
        return context

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        issue = Preparation.propose(self.index, form.cleaned_data["issue_date"]).create(self.request.user)
        messages.success(
            self.request,
            _("The draft of issue #%(number)s is ready: remove what is not wanted, then write.")
            % {"number": issue.number},
        )
        return redirect("wagtailadmin_pages:edit", issue.pk)


class IssueCopyView(CopyView):
    """Wagtail's copy, for an issue: the copy is a draft with the next number, date and slug (the slug
    typed in the form, proposed as `lettre-N-mois-annee`); neither an alias nor published."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        for name in ("alias", "publish_copies", "copy_subpages"):
            form.fields.pop(name, None)
        if not form.is_bound:
            form.initial["new_slug"] = next_issue_values(self.parent_page.specific)["slug"]
        return form

    def form_valid(self, form):
        parent = form.cleaned_data.get("new_parent_page") or self.parent_page
        parent = parent.specific
        if not isinstance(parent, LettreIndexPage):
            form.add_error("new_parent_page", _("An issue can only be copied into an archive of issues."))
            return self.form_invalid(form)
        reset = next_issue_values(parent)
        new_page = CopyPageAction(
            page=self.page,
            to=parent,
            update_attrs={
                **reset,
                "title": form.cleaned_data["new_title"],
                "slug": form.cleaned_data["new_slug"],
                "draft_title": form.cleaned_data["new_title"],
            },
            keep_live=False,
            user=self.request.user,
        ).execute()
        messages.success(
            self.request,
            _("Issue copied as the draft of issue #%(number)s dated %(date)s.")
            % {"number": reset["number"], "date": day_display(reset["issue_date"])},
        )
        return redirect("wagtailadmin_pages:edit", new_page.pk)
