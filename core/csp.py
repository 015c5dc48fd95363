"""Two Content-Security-Policies: the public pages' one (settings.CONTENT_SECURITY_POLICY, no nonce so
that pages stay cacheable) and the admin's (settings.CSP_ADMIN_DIRECTIVES)."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import NoReverseMatch, reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            parts.config = settings.CSP_ADMIN_DIRECTIVES
        return parts


def is_admin_request(request) -> bool:
    try:
        admin_root = reverse("wagtailadmin_home")
    except NoReverseMatch:  # a URLconf without the admin
        return False
    return request.path_info.startswith(admin_root)
