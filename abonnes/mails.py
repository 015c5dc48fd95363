"""The e-mails of the subscription itself: confirm your address, or “you are already subscribed”."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from lettre.email.proof import sender

from .links import confirm_url, manage_url
from .models import Subscriber

logger = logging.getLogger(__name__)


def confirmation_message(subscriber: Subscriber) -> EmailMultiAlternatives:
    """A new or pending address gets the link that confirms it; a confirmed one is told it already is,
    with the link to its management page (the form itself shows the same page to both)."""
    already = subscriber.status == Subscriber.Status.CONFIRMED
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        context = {
            "subscriber": subscriber,
            "already": already,
            "link": manage_url(subscriber) if already else confirm_url(subscriber),
            "hours": settings.SUBSCRIBERS_CONFIRM_MAX_AGE // 3600,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = (
            _("You are already subscribed to the newsletter")
            if already
            else _("Confirm your subscription to the newsletter")
        )
        text = render_to_string("abonnes/email/confirmation.txt", context)
        html = render_to_string("abonnes/email/confirmation.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=sender(),
        to=[subscriber.email],
        reply_to=[settings.NEWSLETTER_REPLY_TO],
    )
    message.attach_alternative(html, "text/html")
    return message


@task()
def send_confirmation(subscriber_id: int) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status in (Subscriber.Status.BOUNCED,):
        return False
    confirmation_message(subscriber).send()
    return True
