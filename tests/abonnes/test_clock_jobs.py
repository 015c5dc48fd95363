"""The clock's jobs of the subscribers: purge of addresses never confirmed, uncertain deliveries."""

import datetime

import time_machine
from django.utils import timezone

from abonnes.models import Delivery, Subscriber
from core.clock import Clock


def test_addresses_never_confirmed_are_erased_after_30_days(subscriber_factory, settings):
    settings.SUBSCRIBERS_PURGE_UNCONFIRMED_DAYS = 30
    subscriber_factory(
        "ancienne@example.org", status="pending", created_at=timezone.now() - datetime.timedelta(days=31)
    )
    subscriber_factory(
        "recente@example.org", status="pending", created_at=timezone.now() - datetime.timedelta(days=29)
    )
    subscriber_factory("confirmee@example.org", created_at=timezone.now() - datetime.timedelta(days=400))

    Clock().tick()

    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "confirmee@example.org",
        "recente@example.org",
    ]


def test_a_delivery_left_sending_becomes_uncertain_and_stays_so(subscriber_factory, issue_factory, settings):
    settings.NEWSLETTER_SENDING_STALE_SECONDS = 300
    issue = issue_factory(number=4)
    delivery = Delivery.objects.create(issue=issue, subscriber=subscriber_factory(), status="sending")
    clock = Clock()
    clock.tick()
    delivery.refresh_from_db()
    assert delivery.status == "sending", "maybe still waiting for the server's answer"

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=6)):
        clock.tick(timezone.now())
    delivery.refresh_from_db()
    assert delivery.status == "incertain"
