"""allauth hooks: blocked accounts are told why they cannot sign in; rate
limits count the client's address as the rest of the site does; emails are
the site's own (templates/account/email/), in the recipient's language, with
links on the site's public address."""

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from accounts import rules
from climate_site.client import client_address
from climate_site.emails import email_language, site_email_context, subject_prefix
from climate_site.site_host import on_site_host


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

    def send_mail(self, template_prefix, email, context):
        user = context.get("user")
        if user is None:
            user = get_user_model().objects.filter(email__iexact=email).first()
        links = {
            name: on_site_host(value)
            for name, value in context.items()
            if name.endswith("_url") and isinstance(value, str)
        }
        with email_language(user):
            super().send_mail(
                template_prefix, email, {**site_email_context(), **context, **links}
            )

    def format_email_subject(self, subject):
        return subject_prefix() + str(subject)
