"""Rate limits on the forms that check a secret: the admin's password reset, and the password forms of
private pages and document collections (Wagtail's views, limited here by their URL names).

Counted per visitor address (core.client_ip) in the shared cache with django-ratelimit; over the limit
the form answers 429 with a page in French. Admin logins are throttled by django-axes instead.
"""

from django.conf import settings
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited

from .client_ip import client_ip_key

RATE_LIMITED_VIEWS = {
    "wagtailadmin_password_reset": "password_reset",
    "wagtailcore_authenticate_with_password": "page_password",
    "wagtaildocs_authenticate_with_password": "page_password",
}


def too_many_requests(request, retry_after: int | None = None):
    response = render(request, "429.html", status=429)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        limit = RATE_LIMITED_VIEWS.get(request.resolver_match.view_name)
        if limit is None:
            return None
        rate = settings.RATELIMIT_RATES[limit]
        if is_ratelimited(request, group=limit, key=client_ip_key, rate=rate, method="POST", increment=True):
            return too_many_requests(request, retry_after=60)
        return None
