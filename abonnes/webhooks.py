"""Tracking webhooks of the e-mail provider (django-anymail: Brevo, Mailjet): a hard bounce or a
complaint marks the address `bounced`, an unsubscription through the provider `unsubscribed`; neither
is ever sent to again. Anymail checks the webhook's basic-auth credentials (ANYMAIL_WEBHOOK_SECRET)
before this runs: wrong ones get a 4xx and change nothing."""

import logging

from anymail.signals import EventType, tracking
from django.dispatch import receiver
from django.utils import timezone

from .models import Subscriber

logger = logging.getLogger(__name__)


def is_hard_bounce(event, esp_name: str) -> bool:
    if event.event_type != EventType.BOUNCED:
        return False
    esp_event = event.esp_event or {}
    provider = esp_name.lower()
    if provider == "mailjet":  # soft bounces are "bounce" too, with hard_bounce false
        return bool(esp_event.get("hard_bounce"))
    if provider == "brevo":  # soft_bounce is a bounce for Anymail, a temporary one for Brevo
        return esp_event.get("event") != "soft_bounce"
    return True


@receiver(tracking, dispatch_uid="abonnes.provider_tracking")
def provider_tracking(sender, event, esp_name, **kwargs):
    if not event.recipient:
        return
    subscribers = Subscriber.objects.with_email(event.recipient)
    if is_hard_bounce(event, esp_name) or event.event_type == EventType.COMPLAINED:
        count = subscribers.exclude(status=Subscriber.Status.BOUNCED).update(status=Subscriber.Status.BOUNCED)
        if count:
            logger.info("%s: %s marked bounced (%s)", esp_name, event.recipient, event.event_type)
    elif event.event_type == EventType.UNSUBSCRIBED:
        subscribers.filter(status=Subscriber.Status.CONFIRMED).update(
            status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
        )
