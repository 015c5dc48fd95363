"""The visitor's address, as the rate limits and the login lockout see it.

Behind a proxy (the PaaS router, a load balancer), REMOTE_ADDR is the proxy. Each trusted proxy appends
the address it received the request from to X-Forwarded-For, so with N trusted proxies the visitor is
the N-th address from the right; anything further left was written by the client and proves nothing.
"""

import ipaddress

from django.conf import settings


def _valid(address: str) -> bool:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if not forwarded:
        return remote
    candidate = forwarded[-proxies] if len(forwarded) >= proxies else forwarded[0]
    return candidate if _valid(candidate) else remote


def client_ip_key(group, request) -> str:
    """The key django-ratelimit counts by."""
    return client_ip(request)
