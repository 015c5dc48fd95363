"""Sending an issue to its subscribers: a chain of short batch tasks in the task worker.

Each batch opens one SMTP connection and sends up to NEWSLETTER_BATCH_SIZE messages at
NEWSLETTER_SEND_RATE messages per second, then queues the next batch. Every message has its `Delivery`
row: claimed `pending → sending` by a conditional UPDATE committed before the message's DATA (two
workers never claim the same row), and `sent` after the server's 250. A row found in `sending` after a
crash cannot be decided either way: it becomes `incertain` and is never sent again automatically.
"""

import contextlib
import logging
import smtplib
import time
from datetime import timedelta
from email.utils import formataddr

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Count
from django.utils import timezone, translation
from django_tasks import task

from lettre.email.render import EmailEdition, render_issue_email
from lettre.models import LettrePage

from .links import recipient_links, site_base_url
from .mime import PreparedMessage
from .models import Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)

# Errors where the server answered “no”: the message was certainly not accepted.
REFUSALS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)
MAX_ERROR_LENGTH = 500


def recipients_for(issue) -> "models.QuerySet[Subscriber]":  # noqa: F821
    """Confirmed subscribers who have no delivery of this issue yet."""
    return Subscriber.objects.confirmed().exclude(deliveries__issue=issue)


def counts(issue) -> dict[str, int]:
    rows = dict(issue.deliveries.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    result = {status: rows.get(status, 0) for status in Delivery.Status.values}
    result["total"] = sum(rows.values())
    result["unsubscribed"] = issue.deliveries.filter(unsubscribed=True).count()
    result["bounced"] = issue.deliveries.filter(subscriber__status=Subscriber.Status.BOUNCED).count()
    return result


def start_mailing(issue, user=None, when=None) -> int:
    """Create the deliveries for every confirmed subscriber not yet sent this issue and queue the first
    batch (at `when`, or now). Returns the number of new recipients."""
    now = timezone.now()
    new = [
        Delivery(issue=issue, subscriber_id=pk, created_at=now, updated_at=now)
        for pk in recipients_for(issue).values_list("pk", flat=True)
    ]
    Delivery.objects.bulk_create(new, batch_size=2000, ignore_conflicts=True)
    Mailing.objects.update_or_create(
        issue=issue,
        defaults={
            "state": Mailing.State.SCHEDULED,
            "requested_by": user,
            "requested_at": now,
            "scheduled_for": when,
            "note": "",
            "updated_at": now,
        },
    )
    queue_batch(issue.pk, when)
    return len(new)


def retry(issue, *, uncertain: bool = False) -> int:
    """Failed rows (and, only when asked explicitly, uncertain ones) go back to the queue."""
    statuses = [Delivery.Status.FAILED, *([Delivery.Status.UNCERTAIN] if uncertain else [])]
    count = issue.deliveries.filter(status__in=statuses, subscriber__isnull=False).update(
        status=Delivery.Status.PENDING, error="", updated_at=timezone.now()
    )
    Mailing.objects.filter(issue=issue).update(
        state=Mailing.State.SCHEDULED, note="", updated_at=timezone.now()
    )
    queue_batch(issue.pk)
    return count


def queue_batch(issue_id: int, when=None) -> None:
    (send_batch.using(run_after=when) if when else send_batch).enqueue(issue_id)


def mark_uncertain(issue_id: int | None = None) -> int:
    """Rows left `sending` longer than NEWSLETTER_SENDING_STALE_SECONDS: their worker died between
    the commit and the server's answer."""
    cutoff = timezone.now() - timedelta(seconds=settings.NEWSLETTER_SENDING_STALE_SECONDS)
    rows = Delivery.objects.filter(status=Delivery.Status.SENDING, updated_at__lt=cutoff)
    if issue_id is not None:
        rows = rows.filter(issue_id=issue_id)
    count = rows.update(
        status=Delivery.Status.UNCERTAIN,
        updated_at=timezone.now(),
        error="interrupted between the start of the message and the server's answer",
    )
    if count:
        logger.warning(
            "Newsletter: %d delivery(ies) left sending by a stopped worker are now uncertain", count
        )
    return count


class Editions:
    """The issue's e-mail, rendered once per batch and language (its translation when there is one)."""

    def __init__(self, issue):
        self.issue = issue
        self.cache: dict[str, EmailEdition] = {}

    def get(self, language: str) -> EmailEdition:
        if language not in self.cache:
            page = self.issue
            if language != self.issue.locale.language_code:
                translated = (
                    self.issue.get_translations()
                    .live()
                    .filter(locale__language_code=language)
                    .specific()
                    .first()
                )
                page = translated or self.issue
            self.cache[language] = render_issue_email(page)
        return self.cache[language]


def build_message(
    edition: EmailEdition, subscriber: Subscriber, issue_id: int, base: str, connection
) -> PreparedMessage:
    links = recipient_links(subscriber, issue_id, base)
    personal = edition.for_recipient(links)
    message = PreparedMessage(
        subject=edition.subject,
        body=personal.text,
        to=[subscriber.email],
        connection=connection,
        from_email=formataddr((settings.NEWSLETTER_FROM_NAME, settings.NEWSLETTER_FROM_EMAIL)),
        reply_to=[settings.NEWSLETTER_REPLY_TO],
        headers={
            "List-Unsubscribe": f"<{links.unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"{settings.NEWSLETTER_FROM_NAME} <lettre.{settings.NEWSLETTER_LIST_DOMAIN}>",
        },
    )
    message.attach_alternative(personal.html, "text/html")
    return message


def connection_alive(connection) -> bool:
    smtp = getattr(connection, "connection", None)
    return smtp is None or getattr(smtp, "sock", True) is not None


def _error(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]


class Batch:
    def __init__(self, issue):
        self.issue = issue
        self.editions = Editions(issue)
        self.base = site_base_url()
        self.connection = get_connection(fail_silently=False)
        self.consecutive_failures = 0
        self.stopped_because = ""
        self.outcome: tuple[int, str, str] | None = None  # the last message's, not yet written

    def run(self) -> int:
        rows = list(
            self.issue.deliveries.filter(status=Delivery.Status.PENDING, subscriber__isnull=False)
            .select_related("subscriber")
            .order_by("pk")[: settings.NEWSLETTER_BATCH_SIZE]
        )
        if not rows:
            return 0
        try:
            self.connection.open()
        except (smtplib.SMTPException, OSError) as error:
            self.stop(Mailing.Stop.UNREACHABLE, error)
            return 0
        sent = 0
        started = time.monotonic()
        try:
            for index, delivery in enumerate(rows):
                if not self.pace(started, index) or not self.ensure_connection():
                    break
                sent += self.send_one(delivery)
                if self.consecutive_failures >= settings.NEWSLETTER_MAX_CONSECUTIVE_FAILURES:
                    self.stop(Mailing.Stop.REFUSED)
                    break
        finally:
            self.write_outcome()
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.connection.close()
        return sent

    def stop(self, reason: str, error: Exception | None = None) -> None:
        self.stopped_because = reason
        logger.warning("Newsletter %s stopped (%s): %s", self.issue.pk, reason, error or "")

    def pace(self, started: float, index: int) -> bool:
        rate = settings.NEWSLETTER_SEND_RATE
        if rate > 0:
            delay = started + index / rate - time.monotonic()
            if delay > 0:
                self.write_outcome()
                time.sleep(delay)
        return True

    def ensure_connection(self) -> bool:
        """A server that hung up (421) is dialled again once; if it does not answer, the batch stops
        with the remaining rows still pending (nothing was sent to them)."""
        if connection_alive(self.connection):
            return True
        with contextlib.suppress(smtplib.SMTPException, OSError):
            self.connection.close()
        try:
            self.connection.open()
        except (smtplib.SMTPException, OSError) as error:
            self.stop(Mailing.Stop.HUNG_UP, error)
            return False
        return True

    def send_one(self, delivery: Delivery) -> int:
        subscriber = delivery.subscriber
        # One commit writes the previous message's outcome and claims this one, before its DATA.
        with transaction.atomic():
            self.write_outcome()
            claimed = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.PENDING).update(
                status=Delivery.Status.SENDING, updated_at=timezone.now()
            )
        if not claimed:  # another worker has it
            return 0
        try:
            edition = self.editions.get(subscriber.language or settings.LANGUAGE_CODE)
            with translation.override(subscriber.language or settings.LANGUAGE_CODE):
                message = build_message(edition, subscriber, self.issue.pk, self.base, self.connection)
            self.connection.send_messages([message])
        except REFUSALS as error:
            return self.finish(delivery, Delivery.Status.FAILED, _error(error))
        except (smtplib.SMTPServerDisconnected, OSError, smtplib.SMTPException) as error:
            # The connection broke during the exchange: the server may have accepted the message.
            return self.finish(delivery, Delivery.Status.UNCERTAIN, _error(error))
        except Exception as error:  # noqa: BLE001 - an API backend (anymail) may raise anything
            logger.exception("Newsletter: delivery %s", delivery.pk)
            return self.finish(delivery, Delivery.Status.UNCERTAIN, _error(error))
        return self.finish(delivery, Delivery.Status.SENT)

    def finish(self, delivery: Delivery, status: str, error: str = "") -> int:
        """Remember the outcome; it is committed with the next claim (or at the end of the batch)."""
        self.outcome = (delivery.pk, status, error)
        self.consecutive_failures = 0 if status == Delivery.Status.SENT else self.consecutive_failures + 1
        return int(status == Delivery.Status.SENT)

    def write_outcome(self) -> None:
        if self.outcome is None:
            return
        pk, status, error = self.outcome
        now = timezone.now()
        sent_at = now if status == Delivery.Status.SENT else None
        Delivery.objects.filter(pk=pk).update(status=status, error=error, updated_at=now, sent_at=sent_at)
        self.outcome = None


@task()
def send_batch(issue_id: int) -> int:
    """One batch of the send of an issue; queues the next one while rows remain pending."""
    issue = LettrePage.objects.filter(pk=issue_id).first()
    if issue is None:
        return 0
    mark_uncertain(issue_id)
    Mailing.objects.filter(issue=issue).update(state=Mailing.State.RUNNING, updated_at=timezone.now())
    batch = Batch(issue)
    sent = batch.run()
    remaining = issue.deliveries.filter(status=Delivery.Status.PENDING, subscriber__isnull=False).exists()
    if batch.stopped_because:
        Mailing.objects.filter(issue=issue).update(
            state=Mailing.State.STOPPED, note=batch.stopped_because, updated_at=timezone.now()
        )
    elif remaining:
        queue_batch(issue_id)
    else:
        Mailing.objects.filter(issue=issue).update(state=Mailing.State.DONE, updated_at=timezone.now())
    return sent
