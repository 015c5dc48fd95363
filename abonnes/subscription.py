"""What a subscription request does, apart from the web: record the request, send one e-mail."""

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from .mails import send_confirmation
from .models import Subscriber, Suppression, email_hash

# One confirmation e-mail per address in this many seconds: a form cannot mail-bomb someone.
RESEND_PAUSE = 300


def request_subscription(address: str, *, role: str = "", language: str, source: str, ip: str | None) -> None:
    """A visitor asks for `address`. Whatever the address's state, the visitor sees the same page;
    the e-mail says what happened (link to confirm, or “already subscribed” with the management link)."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().with_email(address).first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=address, role=role, language=language, consent_source=source, consent_ip=ip
                    )
            except IntegrityError:  # the same address submitted twice at once
                return
        elif subscriber.status == Subscriber.Status.BOUNCED:
            return
        elif subscriber.status != Subscriber.Status.CONFIRMED:
            subscriber.status = Subscriber.Status.PENDING
            subscriber.consent_source, subscriber.consent_ip = source, ip
            subscriber.role = subscriber.role or role
            subscriber.save(update_fields=["status", "consent_source", "consent_ip", "role"])
    if cache.add(f"abonnes:mail:{email_hash(address)}", 1, RESEND_PAUSE):
        send_confirmation.enqueue(subscriber.pk)


def confirm_subscription(subscriber: Subscriber) -> None:
    """The owner of the address clicked the link: consent recorded now; an erased address that comes
    back by itself is no longer suppressed."""
    now = timezone.now()
    if subscriber.status != Subscriber.Status.CONFIRMED:
        subscriber.consent_at = now
        subscriber.save(update_fields=["consent_at"])
        subscriber.confirm(now)
    Suppression.objects.filter(email_hash=email_hash(subscriber.email)).delete()
