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
from dataclasses import dataclass
from datetime import timedelta
from email.utils import formataddr

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db.models import Case, Count, DateTimeField, F, Q, Value, When
from django.db.models.functions import Mod
from django.utils import timezone, translation
from django_tasks import task

from lettre.email.languages import issue_for_language
from lettre.email.render import render_issue_email
from lettre.models import LettrePage

from .links import recipient_links, site_base_url
from .mime import PreparedEdition, PreparedMessage
from .models import Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)

# Errors where the server answered “no”: the message was certainly not accepted.
REFUSALS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)
MAX_ERROR_LENGTH = 500


def recipients_for(issue) -> "models.QuerySet[Subscriber]":  # noqa: F821
    """Confirmed subscribers who have no delivery of this issue yet."""
    return Subscriber.objects.confirmed().exclude(deliveries__issue=issue)


@dataclass(frozen=True)
class LanguageRecipients:
    """The subscribers of one language still to receive the issue, and the edition they get."""

    code: str
    name: str
    count: int
    edition: LettrePage


def recipients_by_language(issue) -> list[LanguageRecipients]:
    """For the send screen: per language of the site, how many recipients, which issue they get."""
    per_language = recipients_for(issue).values_list("language").annotate(n=Count("pk"))
    rows = dict(per_language.values_list("language", "n"))
    return [
        LanguageRecipients(code, name, rows.get(code, 0), issue_for_language(issue, code))
        for code, name in settings.LANGUAGES
        if rows.get(code)
    ]


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
    """Queue NEWSLETTER_PARALLEL_SENDS chains: chain k sends the rows whose id modulo their number is k,
    so that as many workers can send one issue side by side without meeting."""
    parts = max(1, settings.NEWSLETTER_PARALLEL_SENDS)
    queued = send_batch.using(run_after=when) if when else send_batch
    for part in range(parts):
        queued.enqueue(issue_id, part, parts)


def pending_rows(issue, part: int = 0, parts: int = 1):
    rows = issue.deliveries.filter(status=Delivery.Status.PENDING, subscriber__isnull=False)
    if parts > 1:
        rows = rows.annotate(part=Mod("pk", parts)).filter(part=part)
    return rows


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
        self.cache: dict[str, PreparedEdition] = {}

    def get(self, language: str) -> PreparedEdition:
        if language not in self.cache:
            edition = render_issue_email(issue_for_language(self.issue, language))
            self.cache[language] = PreparedEdition(edition)
        return self.cache[language]


def build_message(
    prepared: PreparedEdition, subscriber: Subscriber, issue_id: int, base: str, connection
) -> PreparedMessage:
    links = recipient_links(subscriber, issue_id, base)
    values = {"unsubscribe_url": links.unsubscribe_url, "manage_url": links.manage_url}
    # Django's SMTP backend sends the prepared bytes; another backend (Anymail) gets the filled parts.
    personal = None if isinstance(connection, SMTPBackend) else prepared.edition.for_recipient(links)
    message = PreparedMessage(
        prepared,
        values,
        body=personal.text if personal else "",
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
    message.attach_alternative(personal.html if personal else "", "text/html")
    return message


def connection_alive(connection) -> bool:
    smtp = getattr(connection, "connection", None)
    return smtp is None or getattr(smtp, "sock", True) is not None


def _error(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]


class Batch:
    def __init__(self, issue, part: int = 0, parts: int = 1):
        self.issue, self.part, self.parts = issue, part, parts
        self.editions = Editions(issue)
        self.base = site_base_url()
        self.connection = get_connection(fail_silently=False)
        self.consecutive_failures = 0
        self.stopped_because = ""
        self.outcome: tuple[int, str, str] | None = None  # the last message's, not yet written

    def run(self) -> int:
        rows = list(
            pending_rows(self.issue, self.part, self.parts)
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
                try:
                    sent += self.send_one(delivery)
                except Exception as error:  # noqa: BLE001 - the e-mail could not be built: nothing sent
                    logger.exception("Newsletter %s: the e-mail could not be built", self.issue.pk)
                    self.stop(Mailing.Stop.BUILD, error)
                    break
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
        language = subscriber.language or settings.LANGUAGE_CODE
        # Built before the claim: a message that cannot be built leaves its row pending, never uncertain.
        edition = self.editions.get(language)
        with translation.override(language):
            message = build_message(edition, subscriber, self.issue.pk, self.base, self.connection)
        if not self.claim(delivery.pk):  # another worker has it
            return 0
        try:
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

    def claim(self, pk: int) -> bool:
        """`pending → sending`, committed before the message's DATA, in the same statement that writes
        the previous message's outcome (one round trip to the database per message)."""
        if self.outcome is None:
            claimed = Delivery.objects.filter(pk=pk, status=Delivery.Status.PENDING).update(
                status=Delivery.Status.SENDING, updated_at=timezone.now()
            )
            return bool(claimed)
        previous, status, error = self.outcome
        now = timezone.now()
        sent_at = now if status == Delivery.Status.SENT else None
        updated = Delivery.objects.filter(Q(pk=previous) | Q(pk=pk, status=Delivery.Status.PENDING)).update(
            status=Case(When(pk=pk, then=Value(Delivery.Status.SENDING)), default=Value(status)),
            error=Case(When(pk=pk, then=Value("")), default=Value(error)),
            sent_at=Case(
                When(pk=previous, then=Value(sent_at, output_field=DateTimeField())), default=F("sent_at")
            ),
            updated_at=now,
        )
        self.outcome = None
        return updated == 2

    def write_outcome(self) -> None:
        if self.outcome is None:
            return
        pk, status, error = self.outcome
        now = timezone.now()
        sent_at = now if status == Delivery.Status.SENT else None
        Delivery.objects.filter(pk=pk).update(status=status, error=error, updated_at=now, sent_at=sent_at)
        self.outcome = None


@task()
def send_batch(issue_id: int, part: int = 0, parts: int = 1) -> int:
    """One batch of the send of an issue; queues the next one while rows remain pending."""
    issue = LettrePage.objects.filter(pk=issue_id).first()
    if issue is None:
        return 0
    mark_uncertain(issue_id)
    Mailing.objects.filter(issue=issue).update(state=Mailing.State.RUNNING, updated_at=timezone.now())
    batch = Batch(issue, part, parts)
    sent = batch.run()
    remaining = pending_rows(issue, part, parts).exists()
    if batch.stopped_because:
        Mailing.objects.filter(issue=issue).update(
            state=Mailing.State.STOPPED, note=batch.stopped_because, updated_at=timezone.now()
        )
    elif remaining:
        send_batch.enqueue(issue_id, part, parts)
    elif not pending_rows(issue).exists():
        Mailing.objects.filter(issue=issue).update(state=Mailing.State.DONE, updated_at=timezone.now())
    return sent
