"""The “E-mail” preview modes of an issue, beside its web page, in the editor's preview panel."""

from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .render import EmailRenderError, render_issue_email

EMAIL_MODE = "email"
EMAIL_TEXT_MODE = "email_text"


class EmailPreviewMixin:
    """For LettrePage: preview the issue as the e-mail subscribers receive (HTML or plain text),
    with sample unsubscribe links."""

    @property
    def preview_modes(self):
        return [("", _("Web page")), (EMAIL_MODE, _("E-mail")), (EMAIL_TEXT_MODE, _("E-mail, plain text"))]

    def serve_preview(self, request, mode_name):
        if mode_name not in (EMAIL_MODE, EMAIL_TEXT_MODE):
            return super().serve_preview(request, mode_name)
        try:
            edition = render_issue_email(self).as_sample()
        except EmailRenderError as error:
            message = gettext("The e-mail could not be built from this draft (%(error)s).") % {"error": error}
            return HttpResponse(f"<!DOCTYPE html><p>{escape(message)}</p>", status=422)
        if mode_name == EMAIL_TEXT_MODE:
            return HttpResponse(edition.text, content_type="text/plain; charset=utf-8")
        return HttpResponse(edition.html)
