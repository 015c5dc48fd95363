"""Signed links of a subscriber: confirm, manage, unsubscribe. `django.core.signing` with one salt per
purpose and a maximum age; the token names the subscriber and is bound to the address it was made for
(a short hash of it), so that a link stops working once the row is erased or the address changes."""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from .models import Subscriber, email_hash

SALTS = {"confirm": "abonnes.confirm", "manage": "abonnes.manage", "unsubscribe": "abonnes.unsubscribe"}


class InvalidLink(Exception):
    """The link is tampered with, expired or names nobody: `expired` tells which message to show."""

    def __init__(self, expired: bool = False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def max_age(purpose: str) -> int:
    if purpose == "confirm":
        return settings.SUBSCRIBERS_CONFIRM_MAX_AGE
    return settings.SUBSCRIBERS_LINK_MAX_AGE


def make_token(subscriber: Subscriber, purpose: str, issue_id: int | None = None) -> str:
    payload = {"s": subscriber.pk, "h": email_hash(subscriber.email)[:10]}
    if issue_id:
        payload["i"] = issue_id
    return signing.dumps(payload, salt=SALTS[purpose], compress=False)


@dataclass(frozen=True)
class Link:
    subscriber: Subscriber
    issue_id: int | None


def read_token(token: str, purpose: str) -> Link:
    try:
        payload = signing.loads(token, salt=SALTS[purpose], max_age=max_age(purpose))
    except signing.SignatureExpired:
        raise InvalidLink(expired=True) from None
    except signing.BadSignature:
        raise InvalidLink() from None
    if not isinstance(payload, dict):
        raise InvalidLink()
    subscriber = Subscriber.objects.filter(pk=payload.get("s")).first()
    if subscriber is None or email_hash(subscriber.email)[:10] != payload.get("h"):
        raise InvalidLink()
    return Link(subscriber=subscriber, issue_id=payload.get("i"))
