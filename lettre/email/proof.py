"""“Send a test” (a proof): the current draft of an issue, e-mailed to a few addresses typed by an editor.

One multipart/alternative message per address, through Django's e-mail backend, with sample
unsubscribe links; recorded in the page's history only for the addresses actually accepted. The
sending runs in the task worker (`send_proof`): the editor's request only checks and queues it, and a
failure the worker meets is recorded in the page's history too.
"""

import contextlib
import logging
import re
import smtplib
from dataclasses import dataclass, field
from email.utils import formataddr

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import BadHeaderError, EmailMultiAlternatives, get_connection
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from .render import EmailRenderError, render_issue_email

logger = logging.getLogger(__name__)

MAX_RECIPIENTS = 10
LOG_ACTION = "lettre.test_send"
FAILURE_LOG_ACTION = "lettre.test_send_failed"
SEPARATORS = re.compile(r"[,;\r\n]+")
LOOKS_LIKE_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*\s*:")
LINE_BREAK = re.compile(r"[\r\n]")


class SendTestError(Exception):
    """A message for the editor: why nothing (or not everything) was sent."""


class UnsafeSubjectError(SendTestError):
    """The draft's title would put a line break into the Subject header."""


def parse_recipients(raw: str) -> list[str]:
    """Addresses separated by commas, semicolons or line breaks; duplicates removed.

    Raises ValidationError (in French for the editor) on a malformed address, a header
    smuggled on its own line, or more than MAX_RECIPIENTS addresses.
    """
    addresses: list[str] = []
    for part in SEPARATORS.split(raw or ""):
        address = part.strip()
        if not address:
            continue
        if LOOKS_LIKE_HEADER.match(address):
            raise ValidationError(
                _("“%(value)s” is not an address but an e-mail header: line breaks cannot be used "
                  "to add headers to the message.") % {"value": address},
                code="header_injection",
            )
        try:
            validate_email(address)
        except ValidationError:
            raise ValidationError(
                _("“%(value)s” is not a valid e-mail address.") % {"value": address}, code="invalid"
            ) from None
        if address.lower() not in {existing.lower() for existing in addresses}:
            addresses.append(address)
    if not addresses:
        raise ValidationError(_("Type at least one e-mail address."), code="required")
    if len(addresses) > MAX_RECIPIENTS:
        raise ValidationError(
            _("A test can be sent to %(max)d addresses at most; you typed %(count)d.")
            % {"max": MAX_RECIPIENTS, "count": len(addresses)},
            code="too_many",
        )
    return addresses


class SendTestForm(forms.Form):
    recipients = forms.CharField(
        label=gettext_lazy("Send the test to"),
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "email"}),
        help_text=gettext_lazy(
            "One or more e-mail addresses, separated by commas or line breaks (10 at most)."
        ),
        max_length=3000,
        error_messages={"required": gettext_lazy("Type at least one e-mail address.")},
    )

    def clean_recipients(self) -> list[str]:
        return parse_recipients(self.cleaned_data["recipients"])


def subject_for_test(title: str) -> str:
    if LINE_BREAK.search(title):
        raise UnsafeSubjectError(
            _("The title of the issue contains a line break, which cannot go into the subject of an "
              "e-mail. Correct the title, save the draft and try again.")
        )
    return f"[TEST] {title}"


def sender() -> str:
    return formataddr((settings.NEWSLETTER_FROM_NAME, settings.NEWSLETTER_FROM_EMAIL))


def build_message(edition, subject: str, address: str, connection=None) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=subject,
        body=edition.text,
        from_email=sender(),
        to=[address],
        reply_to=[settings.NEWSLETTER_REPLY_TO],
        connection=connection,
    )
    message.attach_alternative(edition.html, "text/html")
    return message


@dataclass
class SendTestResult:
    sent: list[str] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)


def refusal_reason(error: smtplib.SMTPException) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reason = next(iter(error.recipients.values()))
    elif isinstance(error, smtplib.SMTPResponseException):
        code, reason = error.smtp_code, error.smtp_error
    else:
        return str(error)
    reason = reason.decode(errors="replace") if isinstance(reason, bytes) else str(reason)
    return f"{code} {reason}"


def deliver(messages: dict[str, EmailMultiAlternatives], connection) -> SendTestResult:
    """Send each message; an address the server refuses does not stop the others."""
    result = SendTestResult()
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("Test send: the mail server could not be reached: %s", error)
        raise SendTestError(
            _("The mail server could not be reached, so the test was not sent. Try again in a few "
              "minutes; if it keeps failing, tell the site administrator.")
        ) from error
    try:
        for address, message in messages.items():
            try:
                message.send()
            except smtplib.SMTPServerDisconnected as error:
                logger.warning("Test send: the mail server hung up: %s", error)
                for rest in list(messages)[len(result.sent) + len(result.failures):]:
                    result.failures[rest] = _("the mail server closed the connection")
                break
            except BadHeaderError:
                result.failures[address] = _("a line break was found in a header of the message")
            except smtplib.SMTPException as error:
                logger.warning("Test send to %s refused: %s", address, error)
                result.failures[address] = _("the mail server refused it (%(reason)s)") % {
                    "reason": refusal_reason(error)
                }
            except OSError as error:
                logger.warning("Test send to %s failed: %s", address, error)
                result.failures[address] = _("the mail server could not be reached")
            else:
                result.sent.append(address)
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            connection.close()
    return result


def send_test(page, recipients: list[str], *, user=None, revision=None) -> SendTestResult:
    """E-mail `revision` (by default the latest one, the current draft) of `page` to `recipients`."""
    revision = revision or page.get_latest_revision()
    draft = revision.as_object() if revision else page.specific
    subject = subject_for_test(draft.title)
    try:
        edition = render_issue_email(draft).as_sample()
    except EmailRenderError as error:
        logger.exception("Test send: the e-mail of %s could not be compiled", page.pk)
        raise SendTestError(
            _("The e-mail could not be built from this draft (%(error)s).") % {"error": error}
        ) from error
    connection = get_connection(fail_silently=False)
    messages = {address: build_message(edition, subject, address, connection) for address in recipients}
    result = deliver(messages, connection)
    if result.sent:
        log(
            instance=page,
            action=LOG_ACTION,
            user=user,
            revision=revision,
            data={"recipients": result.sent, "subject": subject},
        )
    return result


@task()
def send_proof(page_id: int, revision_id: int | None, recipients: list[str], user_id: int | None,
               language: str | None = None) -> dict:
    """The worker's side of “Send a test”. Returns what the editor is told: `sent` (addresses),
    `failures` ({address: reason}) and `error` (why nothing was sent, or "")."""
    page = Page.objects.get(pk=page_id).specific
    revision = Revision.objects.filter(pk=revision_id).first() if revision_id else None
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    with translation.override(language or settings.LANGUAGE_CODE):
        try:
            result = send_test(page, recipients, user=user, revision=revision)
        except SendTestError as error:
            outcome = {"sent": [], "failures": {}, "error": str(error)}
        else:
            outcome = {"sent": result.sent, "failures": result.failures, "error": ""}
        if outcome["error"] or outcome["failures"]:
            log(instance=page, action=FAILURE_LOG_ACTION, user=user, revision=revision, data=outcome)
    return outcome
