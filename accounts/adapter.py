"""allauth hooks: blocked accounts are told why they cannot sign in; rate
limits count the client's address as the rest of the site does."""

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from accounts import rules
from climate_site.client import client_address


class AccountAdapter(DefaultAccountAdapter):
    def pre_login(self, request, user, **kwargs):
        if rules.is_blocked(user):
            from allauth.account.internal.stagekit import clear_login

            clear_login(request)
            return TemplateResponse(
                request, "account/blocked.html", {"blocked_user": user}, status=403
            )
        return super().pre_login(request, user, **kwargs)

    def get_client_ip(self, request):
        """The address the site's own limits count (climate_site.client).

        allauth reads X-Forwarded-For the same way, but fails the request
        when the header is shorter than the proxy count; this falls back.
        """
        address = client_address(request)
        if not address:
            raise PermissionDenied("Unable to determine the client's address")
        return address
