"""The visitor's pages: subscribe, confirm, manage (profile, data, deletion), unsubscribe.

The subscribe form sits on cacheable pages, so it carries no CSRF token: its POST is exempt and is
protected by a honeypot, a rate limit per client address and the double opt-in itself. The other pages
are reached through signed links (`tokens.py`)."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from core.client_ip import client_ip, client_ip_key
from core.ratelimit import too_many_requests

from .forms import SubscribeForm
from .models import Delivery, Subscriber
from .subscription import confirm_subscription, request_subscription
from .tokens import InvalidLink, make_token, read_token


def page(request, template: str, title: str, context: dict | None = None, status: int = 200):
    return render(request, f"abonnes/{template}", {"title": title, **(context or {})}, status=status)


def invalid_link(request, error: InvalidLink):
    """Tampered (400) or expired (410): a French page that says which, and what to do."""
    title = _("Link expired") if error.expired else _("Invalid link")
    return page(
        request, "invalid_link.html", title, {"expired": error.expired}, 410 if error.expired else 400
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        return page(request, "subscribe.html", _("Subscribe to the newsletter"), {"form": SubscribeForm()})
    if is_ratelimited(
        request,
        group="subscribe",
        key=client_ip_key,
        rate=settings.RATELIMIT_RATES["subscribe"],
        method="POST",
        increment=True,
    ):
        return too_many_requests(request, retry_after=3600)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return page(request, "subscribe.html", _("Subscribe to the newsletter"), {"form": form}, 400)
    if not form.is_robot:
        request_subscription(
            form.cleaned_data["email"],
            role=form.cleaned_data.get("role") or "",
            language=translation.get_language() or settings.LANGUAGE_CODE,
            source=_("Form on %(page)s") % {"page": request.POST.get("source", "")[:150] or request.path},
            ip=client_ip(request) or None,
        )
    return page(request, "check_inbox.html", _("Check your inbox"), {"email": form.cleaned_data["email"]})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        link = read_token(token, "confirm")
    except InvalidLink as error:
        return invalid_link(request, error)
    subscriber = link.subscriber
    if request.method == "POST" or subscriber.status == Subscriber.Status.CONFIRMED:
        if subscriber.status == Subscriber.Status.BOUNCED:
            return invalid_link(request, InvalidLink())
        confirm_subscription(subscriber)
        return page(
            request,
            "confirmed.html",
            _("Subscription confirmed"),
            {
                "subscriber": subscriber,
                "manage_url": reverse("subscription_manage", args=[make_token(subscriber, "manage")]),
            },
        )
    return page(request, "confirm.html", _("Confirm your subscription"), {"subscriber": subscriber})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET: a page with one button. POST: unsubscribes at once, without login or confirmation (the
    RFC 8058 one-click POST of mail clients lands here too)."""
    try:
        link = read_token(token, "unsubscribe")
    except InvalidLink as error:
        return invalid_link(request, error)
    subscriber = link.subscriber
    if request.method == "GET":
        return page(request, "unsubscribe.html", _("Unsubscribe"), {"subscriber": subscriber})
    subscriber.unsubscribe()
    if link.issue_id:
        Delivery.objects.filter(issue_id=link.issue_id, subscriber=subscriber).update(unsubscribed=True)
    return page(request, "goodbye.html", _("You are unsubscribed"), {"subscriber": subscriber})
