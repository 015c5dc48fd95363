"""Admin: send a published issue to the subscribers, follow the send, retry, download the final e-mail.

Only users with the permission « Lettre : envoyer aux abonnés » (`abonnes.send_issue`) see and use these
views; editing an issue is not enough."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateTimeInput

from lettre.email.placeholders import MANAGE_URL, UNSUBSCRIBE_URL, RecipientLinks
from lettre.email.render import render_issue_email
from lettre.models import LettrePage

from .models import Delivery, Mailing
from .sending import counts, recipients_for, retry, start_mailing

PERMISSION = "abonnes.send_issue"
SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def can_send(user) -> bool:
    return user.has_perm(PERMISSION)


class IssueAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not can_send(request.user):
            raise PermissionDenied
        self.issue = get_object_or_404(LettrePage, pk=kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.issue.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_pages:edit", args=[self.issue.pk]), "label": str(self.issue)},
            {"url": "", "label": self.page_title},
        ]


class SendForm(forms.Form):
    when = forms.ChoiceField(
        label=gettext_lazy("When"),
        widget=forms.RadioSelect,
        initial="now",
        choices=[("now", gettext_lazy("Now")), ("later", gettext_lazy("At a chosen time"))],
    )
    send_at = forms.DateTimeField(
        label=gettext_lazy("Date and time of the send"), required=False, widget=AdminDateTimeInput()
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("I confirm the send to these subscribers"),
        error_messages={"required": gettext_lazy("Tick the box to confirm the send.")},
    )

    def __init__(self, *args, again: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if again:
            self.fields["confirm_again"] = forms.BooleanField(
                label=gettext_lazy(
                    "This issue was already sent: I confirm a new send, only to the subscribers "
                    "who have not received it"
                ),
                error_messages={"required": gettext_lazy("Tick the box to confirm a second send.")},
            )

    def clean(self):
        data = super().clean()
        if data.get("when") == "later":
            moment = data.get("send_at")
            if not moment:
                self.add_error("send_at", _("Choose the date and time of the send."))
            elif moment <= timezone.now():
                self.add_error("send_at", _("This moment is past: choose a moment to come."))
        return data


class SendView(IssueAdminMixin, FormView):
    form_class = SendForm
    template_name = "abonnes/admin/send.html"
    page_title = gettext_lazy("Send to the subscribers")

    def already_sent(self) -> bool:
        return Mailing.objects.filter(issue_id=self.issue.pk).exists()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "again": self.already_sent()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            issue=self.issue,
            recipients=recipients_for(self.issue).count(),
            counts=counts(self.issue),
            again=self.already_sent(),
            bounces_untracked=settings.EMAIL_BACKEND == SMTP_BACKEND,
            live=self.issue.live,
            **kwargs,
        )

    def form_valid(self, form):
        if not self.issue.live:
            form.add_error(None, _("Only a published issue can be sent: publish it first."))
            return self.form_invalid(form)
        if not recipients_for(self.issue).exists():
            form.add_error(None, _("No confirmed subscriber is left without this issue: nothing to send."))
            return self.form_invalid(form)
        when = form.cleaned_data["send_at"] if form.cleaned_data["when"] == "later" else None
        count = start_mailing(self.issue, self.request.user, when)
        messages.success(
            self.request,
            _("The issue is being sent to %(count)d subscribers.") % {"count": count}
            if when is None
            else _("The send to %(count)d subscribers is scheduled.") % {"count": count},
        )
        return redirect("abonnes_progress", self.issue.pk)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ProgressView(IssueAdminMixin, TemplateView):
    template_name = "abonnes/admin/progress.html"
    page_title = gettext_lazy("Send to the subscribers: progress")

    def get_context_data(self, **kwargs):
        figures = counts(self.issue)
        done = figures["sent"] + figures["failed"] + figures["incertain"]
        mailing = Mailing.objects.filter(issue_id=self.issue.pk).first()
        return super().get_context_data(
            issue=self.issue,
            counts=figures,
            mailing=mailing,
            remaining=figures["pending"] + figures["sending"],
            percent=round(100 * done / figures["total"]) if figures["total"] else 0,
            running=bool(mailing and mailing.state in (Mailing.State.RUNNING, Mailing.State.SCHEDULED)),
            problems=self.issue.deliveries.filter(
                status__in=[Delivery.Status.FAILED, Delivery.Status.UNCERTAIN]
            )
            .select_related("subscriber")
            .order_by("pk")[:100],
            **kwargs,
        )


class RetryView(IssueAdminMixin, View):
    def post(self, request, page_id):
        uncertain = request.POST.get("uncertain") == "1"
        count = retry(self.issue, uncertain=uncertain)
        messages.success(request, _("%(count)d messages are queued again.") % {"count": count})
        return redirect("abonnes_progress", self.issue.pk)


class DownloadView(IssueAdminMixin, View):
    """The final e-mail of the published issue (HTML or text), for archiving or another tool."""

    def get(self, request, page_id, kind):
        if kind not in ("html", "txt"):
            raise Http404
        # The per-recipient links stay as tokens ({{ unsubscribe_url }}…) for the tool that fills them.
        edition = render_issue_email(self.issue.specific).for_recipient(
            RecipientLinks(unsubscribe_url=UNSUBSCRIBE_URL, manage_url=MANAGE_URL)
        )
        body, content_type = (edition.html, "text/html") if kind == "html" else (edition.text, "text/plain")
        response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="lettre-{self.issue.number}.{kind}"'
        return response
