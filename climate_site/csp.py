"""Content-Security-Policy: one strict policy for the public site, and the
Wagtail admin's own (settings CONTENT_SECURITY_POLICY and
AGIR_ADMIN_CONTENT_SECURITY_POLICY)."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under /admin/.

    The admin (Wagtail's editor, Draftail, the page preview) writes inline
    styles and frames its own previews, which the public policy forbids; the
    public site never needs either, so the allowance stays inside the admin.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(ADMIN_PREFIX)
        ):
            parts.config = default_config(
                settings.AGIR_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            )
        return parts
