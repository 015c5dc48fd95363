"""“Manage my subscription”, reached by a signed link: profile and language, my data as JSON, delete me."""

import functools
import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .forms import ProfileForm
from .models import PROFILE_FIELDS, Subscriber
from .tokens import InvalidLink, make_token, read_token
from .views import invalid_link, page

EXPORTED_FIELDS = [
    *PROFILE_FIELDS,
    "status",
    "created_at",
    "consent_at",
    "consent_source",
    "consent_ip",
    "confirmed_at",
    "unsubscribed_at",
]


def _json_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def personal_data(subscriber: Subscriber) -> dict:
    data = {name: _json_value(getattr(subscriber, name)) for name in EXPORTED_FIELDS}
    data["deliveries"] = [
        {"issue": title, "status": status, "sent_at": _json_value(sent_at)}
        for title, status, sent_at in subscriber.deliveries.values_list("issue__title", "status", "sent_at")
    ]
    data["exported_at"] = timezone.now().isoformat()
    return data


def with_subscriber(view):
    """The view gets the subscriber of its signed “manage” link; a bad or expired link gets the French
    explanation page instead (4xx)."""

    @functools.wraps(view)
    def wrapper(request, token):
        try:
            subscriber = read_token(token, "manage").subscriber
        except InvalidLink as error:
            return invalid_link(request, error)
        return view(request, token, subscriber)

    return wrapper


@never_cache
@require_http_methods(["GET", "POST"])
@with_subscriber
def manage(request, token, subscriber):
    form = ProfileForm(request.POST or None, instance=subscriber)
    context = {
        "form": form,
        "subscriber": subscriber,
        "token": token,
        "unsubscribe_token": make_token(subscriber, "unsubscribe"),
    }
    if request.method == "POST":
        if not form.is_valid():
            return page(request, "manage.html", _("Manage my subscription"), context, 400)
        form.save()
        context["saved"] = True
    return page(request, "manage.html", _("Manage my subscription"), context)


@never_cache
@require_POST
@with_subscriber
def export_data(request, token, subscriber):
    response = HttpResponse(
        json.dumps(personal_data(subscriber), ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="mes-donnees-lettre-pvd.json"'
    return response


@never_cache
@require_POST
@with_subscriber
def delete(request, token, subscriber):
    subscriber.erase(reason="deleted by owner")
    return page(request, "deleted.html", _("Your data is erased"))
