"""The clock's jobs for the subscribers: deliveries a killed worker left `sending`, and the purge of
addresses never confirmed."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from core.clock import register_job

from .models import Subscriber
from .sending import mark_uncertain


@register_job("mark-uncertain-deliveries", every=timedelta(minutes=1))
def mark_uncertain_deliveries() -> int:
    return mark_uncertain()


@register_job("purge-unconfirmed-subscribers", every=timedelta(hours=1))
def purge_unconfirmed_subscribers() -> int:
    """Addresses typed into the form but never confirmed are erased after
    SUBSCRIBERS_PURGE_UNCONFIRMED_DAYS: nobody consented to keep them."""
    cutoff = timezone.now() - timedelta(days=settings.SUBSCRIBERS_PURGE_UNCONFIRMED_DAYS)
    stale = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING, confirmed_at__isnull=True, created_at__lt=cutoff
    )
    count, _ = stale.delete()
    return count
