"""Absolute addresses of a subscriber's pages, as e-mails carry them."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from lettre.email.placeholders import RecipientLinks

from .models import Subscriber
from .tokens import make_token


def site_base_url() -> str:
    """The public root of the default site (the admin's base URL before a site exists)."""
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def page_url(
    name: str, subscriber: Subscriber, purpose: str, issue_id: int | None = None, base: str | None = None
) -> str:
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        path = reverse(name, args=[make_token(subscriber, purpose, issue_id)])
    return (base if base is not None else site_base_url()) + path


def confirm_url(subscriber: Subscriber) -> str:
    return page_url("subscribe_confirm", subscriber, "confirm")


def manage_url(subscriber: Subscriber, base: str | None = None) -> str:
    return page_url("subscription_manage", subscriber, "manage", base=base)


def unsubscribe_url(subscriber: Subscriber, issue_id: int | None = None, base: str | None = None) -> str:
    return page_url("unsubscribe", subscriber, "unsubscribe", issue_id, base=base)


def recipient_links(
    subscriber: Subscriber, issue_id: int | None = None, base: str | None = None
) -> RecipientLinks:
    """What fills the `{{ unsubscribe_url }}` / `{{ manage_url }}` tokens of an issue's e-mail."""
    base = base if base is not None else site_base_url()
    return RecipientLinks(
        unsubscribe_url=unsubscribe_url(subscriber, issue_id, base), manage_url=manage_url(subscriber, base)
    )
