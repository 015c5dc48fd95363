"""Admin view: send the current draft of an issue to a few test addresses."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import FormView
from django_tasks import TaskResultStatus
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lettre.models import LettrePage
from lettre.publish_check import publish_errors

from . import proof_limits
from .proof import MAX_RECIPIENTS, SendTestForm, UnsafeSubjectError, send_proof, subject_for_test


class SendTestView(WagtailAdminTemplateMixin, FormView):
    form_class = SendTestForm
    template_name = "lettre/admin/test_send.html"
    page_title = gettext_lazy("Send a test")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(LettrePage, pk=kwargs["page_id"])
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": str(self.page)},
            {"url": "", "label": self.page_title},
        ]

    def get_initial(self):
        return {"recipients": self.request.user.email}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        revision = self.page.get_latest_revision()
        context.update(
            page=self.page,
            draft_title=(revision.content.get("title") if revision else None) or self.page.title,
            revision=revision,
            max_recipients=MAX_RECIPIENTS,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            preview_url=reverse("wagtailadmin_pages:view_draft", args=[self.page.pk]) + "?mode=email",
        )
        return context

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        recipients = form.cleaned_data["recipients"]
        revision = self.page.get_latest_revision()
        title = (revision.content.get("title") if revision else None) or self.page.title
        try:
            subject_for_test(title)
        except UnsafeSubjectError as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        draft = revision.as_object() if revision else self.page
        if incomplete := publish_errors(draft):
            form.add_error(None, _("This draft could not be published as it is, so no test is sent. Complete "
                                   "it, save it, then send the test again:"))
            for problem in incomplete:
                form.add_error(None, problem)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        refused = proof_limits.refusal(self.request.user, recipients)
        if refused:
            form.add_error(None, refused)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        proof_limits.count(self.request.user, recipients)
        result = send_proof.enqueue(
            self.page.pk, revision.pk if revision else None, recipients, self.request.user.pk, get_language()
        )
        if result.status != TaskResultStatus.SUCCESSFUL:
            # The worker sends it; what it accepts or refuses is written in the page's history.
            messages.info(
                self.request,
                _("The test is being sent to %(addresses)s; the result will appear in the history of "
                  "the issue.") % {"addresses": ", ".join(recipients)},
            )
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        return self.show_outcome(form, result.return_value)

    def show_outcome(self, form, outcome):
        """The task already ran (immediate backend, or a fast worker): say what happened."""
        if outcome["error"]:
            form.add_error(None, outcome["error"])
            return self.render_to_response(self.get_context_data(form=form))
        if outcome["sent"]:
            messages.success(
                self.request,
                _("Test e-mail sent to %(addresses)s.") % {"addresses": ", ".join(outcome["sent"])},
            )
        if not outcome["failures"]:
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        for address, reason in outcome["failures"].items():
            form.add_error(
                None,
                _("Not sent to %(address)s: %(reason)s.") % {"address": address, "reason": reason},
            )
        return self.render_to_response(self.get_context_data(form=form))
