"""Limits of “Send a test”: at most TEST_SEND_MAX_PER_HOUR messages per editor and hour, and only to
addresses the site knows — a domain of TEST_SEND_ALLOWED_DOMAINS, an active account of the admin, or a
confirmed subscriber — so that the test form cannot mail the newsletter to strangers."""

import time

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils.translation import gettext as _


def is_known_address(address: str) -> bool:
    domain = address.rsplit("@", 1)[-1].lower()
    if domain in {allowed.lower() for allowed in settings.TEST_SEND_ALLOWED_DOMAINS}:
        return True
    for user in get_user_model().objects.filter(email__iexact=address, is_active=True):
        if user.has_perm("wagtailadmin.access_admin"):
            return True
    if apps.is_installed("abonnes"):  # by name: the subscribers' app sits above this one
        subscriber = apps.get_model("abonnes", "Subscriber")
        return subscriber.objects.filter(email__iexact=address, status="confirmed").exists()
    return False


def _counter_key(user) -> str:
    return f"lettre:test-send:{user.pk}:{int(time.time() // 3600)}"


def refusal(user, recipients: list[str]) -> str:
    """Why this editor may not send this test now, in French, or ""."""
    unknown = [address for address in recipients if not is_known_address(address)]
    if unknown:
        return _(
            "A test can only go to the team's addresses (an account of the admin, a confirmed subscriber "
            "or an allowed domain); not to: %(addresses)s."
        ) % {"addresses": ", ".join(unknown)}
    used = cache.get(_counter_key(user), 0)
    limit = settings.TEST_SEND_MAX_PER_HOUR
    if used + len(recipients) > limit:
        return _("You can send %(max)d test messages per hour; %(left)d left this hour. Try again later.") % {
            "max": limit,
            "left": max(0, limit - used),
        }
    return ""


def count(user, recipients: list[str]) -> None:
    key = _counter_key(user)
    cache.add(key, 0, 3600)
    cache.incr(key, len(recipients))
